package accord.keyaccount.boundary;

import accord.casefile.control.RecordCancellation;
import accord.keyaccount.entity.AccountReview;
import accord.workflow.control.WorkflowKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** A cancelled case's key-account review ends as cancelled with it. */
@ApplicationScoped
public class ReviewCancellation extends RecordCancellation<AccountReview> {

    public ReviewCancellation() {
        super(WorkflowKeys.KEY_ACCOUNT_REVIEW, AccountReview.class);
    }

    @Override
    protected void end(AccountReview record, String reason, Instant at) {
        record.cancelled(at);
    }
}

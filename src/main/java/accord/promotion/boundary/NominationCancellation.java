package accord.promotion.boundary;

import accord.casefile.control.RecordCancellation;
import accord.promotion.entity.Nomination;
import accord.workflow.control.WorkflowKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** A cancelled case's nomination ends as cancelled with it. */
@ApplicationScoped
public class NominationCancellation extends RecordCancellation<Nomination> {

    public NominationCancellation() {
        super(WorkflowKeys.PROMOTION_APPROVAL, Nomination.class);
    }

    @Override
    protected void end(Nomination record, String reason, Instant at) {
        record.cancelled(at);
    }
}

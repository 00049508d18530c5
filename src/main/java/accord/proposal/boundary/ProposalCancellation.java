package accord.proposal.boundary;

import accord.casefile.control.RecordCancellation;
import accord.proposal.entity.CustomerProposal;
import accord.workflow.control.WorkflowKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** A cancelled case's customer proposal ends as cancelled with it. */
@ApplicationScoped
public class ProposalCancellation extends RecordCancellation<CustomerProposal> {

    public ProposalCancellation() {
        super(WorkflowKeys.CUSTOMER_PROPOSAL, CustomerProposal.class);
    }

    @Override
    protected void end(CustomerProposal record, String reason, Instant at) {
        record.cancelled(reason, at);
    }
}

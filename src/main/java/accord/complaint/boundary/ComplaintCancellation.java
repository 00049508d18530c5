package accord.complaint.boundary;

import accord.casefile.control.RecordCancellation;
import accord.complaint.entity.Complaint;
import accord.workflow.control.WorkflowKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** A cancelled case's complaint ends as cancelled with it. */
@ApplicationScoped
public class ComplaintCancellation extends RecordCancellation<Complaint> {

    public ComplaintCancellation() {
        super(WorkflowKeys.COMPLAINT_HANDLING, Complaint.class);
    }

    @Override
    protected void end(Complaint record, String reason, Instant at) {
        record.cancelled(at);
    }
}

package accord.handoff.boundary;

import accord.casefile.control.RecordCancellation;
import accord.handoff.entity.Handoff;
import accord.workflow.control.WorkflowKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** A cancelled case's handoff ends as cancelled with it. */
@ApplicationScoped
public class HandoffCancellation extends RecordCancellation<Handoff> {

    public HandoffCancellation() {
        super(WorkflowKeys.CROSS_DEPARTMENT_HANDOFF, Handoff.class);
    }

    @Override
    protected void end(Handoff record, String reason, Instant at) {
        record.cancelled(reason, at);
    }
}

package accord.operations;

import accord.casefile.control.CaseEnding;
import accord.casefile.control.CaseEntities;
import accord.complaint.entity.Complaint;
import accord.workflow.control.WorkflowKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * A complaint's ending that, armed, first writes the complaint as cancelled to the database and then
 * fails: the cancellation's one transaction must undo both that write and the case's deletion.
 */
@ApplicationScoped
public class RefusingEndingFixture implements CaseEnding {

    @Inject
    CaseEntities records;

    @PersistenceContext
    EntityManager em;

    private volatile String armedFor;

    /** Fails the next cancellation of the case of this process instance. */
    public void arm(String processInstanceId) {
        armedFor = processInstanceId;
    }

    @Override
    public String processKey() {
        return WorkflowKeys.COMPLAINT_HANDLING;
    }

    @Override
    public void cancelled(String processInstanceId, String reason, Instant at) {
        if (processInstanceId.equals(armedFor)) {
            armedFor = null;
            records.lockedOfCase(processInstanceId, Complaint.class).ifPresent(complaint -> complaint.cancelled(at));
            em.flush();
            throw new IllegalStateException("failing on purpose after the complaint was written");
        }
    }
}

package accord.complaint.boundary;

import accord.complaint.control.ComplaintProcess;
import accord.complaint.control.ComplaintTrouble;
import accord.complaint.entity.Complaint;
import accord.workflow.control.ProcessBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.flowable.engine.delegate.DelegateExecution;

/**
 * What the complaint process tells the complaint when its timers fire, inside the job's
 * transaction: the resolution deadline passed (flag it breached).
 */
@ApplicationScoped
public class ComplaintEvents implements ProcessBean {

    private static final Logger LOG = Logger.getLogger(ComplaintEvents.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ComplaintTrouble> trouble;

    @Override
    public String name() {
        return "complaintEvents";
    }

    /** The resolution deadline passed while the department still had the complaint. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void breached(DelegateExecution execution) {
        execution.setVariable("breached", true);
        Object id = execution.getVariable(ComplaintProcess.ID_VARIABLE);
        Complaint complaint = id == null ? null : em.find(Complaint.class, ((Number) id).longValue());
        if (complaint != null) {
            complaint.flagBreached();
            trouble.fire(new ComplaintTrouble(complaint.getCustomer().id(), complaint.getId(), ComplaintTrouble.Kind.BREACHED));
            LOG.info(() -> "Complaint " + complaint.getNumber() + " breached its resolution deadline");
        }
    }
}

package accord.handoff.boundary;

import accord.handoff.control.HandoffProcess;
import accord.handoff.entity.Handoff;
import accord.workflow.control.ProcessBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.flowable.engine.delegate.DelegateExecution;

/**
 * What the handoff process tells the portal when its timers fire, inside the job's transaction:
 * the head let the decision wait a working day (it goes up), or the promised date passed.
 */
@ApplicationScoped
public class HandoffEvents implements ProcessBean {

    private static final Logger LOG = Logger.getLogger(HandoffEvents.class.getName());

    @PersistenceContext
    EntityManager em;

    @Override
    public String name() {
        return "handoffEvents";
    }

    /** The decision goes to the head's own manager, or the sales director (Approvers). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void approvalEscalated(DelegateExecution execution) {
        Object escalateTo = execution.getVariable("escalateTo");
        execution.setVariable("approver", escalateTo);
        execution.setVariable("escalated", true);
        LOG.info(() -> "Handoff " + execution.getProcessInstanceBusinessKey() + ": the decision is overdue and went to " + escalateTo);
    }

    /** The promised date passed before the work was delivered. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void breached(DelegateExecution execution) {
        execution.setVariable("breached", true);
        Object id = execution.getVariable(HandoffProcess.ID_VARIABLE);
        Handoff handoff = id == null ? null : em.find(Handoff.class, ((Number) id).longValue());
        if (handoff != null) {
            handoff.flagBreached();
            LOG.info(() -> "Handoff " + handoff.getNumber() + " missed its promised date");
        }
    }
}

package accord.operations.control;

import accord.casefile.control.CaseEnding;
import accord.notice.control.Notices;
import accord.organisation.control.Actor;
import accord.platform.control.AuditTrail;
import accord.platform.control.LogText;
import accord.platform.entity.AuditAction;
import accord.workflow.control.WorkflowKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;

/**
 * What ADMIN does to a running case, each with a reason, in one transaction with its audit line:
 * suspend it (its steps and timers wait; the inbox shows it on hold), resume it, or cancel it: the
 * case is deleted with the reason as its end and its business record ends as cancelled
 * ({@link CaseEnding}) in the same transaction, so neither is left without the other. The people
 * holding its steps are told.
 */
@ApplicationScoped
@Transactional
public class CaseActions {

    private static final Logger LOG = Logger.getLogger(CaseActions.class.getName());

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    Notices notices;

    @Inject
    AuditTrail audit;

    @Inject
    @Any
    Instance<CaseEnding> endings;

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    public void suspend(Actor admin, String number, String reason) {
        String why = OperationsRefused.requireReason(reason, "case.refused.reason");
        ProcessInstance running = lockedRunning(admin, number);
        if (running.isSuspended()) {
            throw new OperationsRefused(null, "case.refused.suspended");
        }
        tellHolders(running, "case.notice.suspended", why, true);
        runtime.suspendProcessInstanceById(running.getId());
        done(admin, AuditAction.CASE_SUSPENDED, running, why);
    }

    public void resume(Actor admin, String number, String reason) {
        String why = OperationsRefused.requireReason(reason, "case.refused.reason");
        ProcessInstance running = lockedRunning(admin, number);
        if (!running.isSuspended()) {
            throw new OperationsRefused(null, "case.refused.notSuspended");
        }
        runtime.activateProcessInstanceById(running.getId());
        tellHolders(running, "case.notice.resumed", why, true);
        done(admin, AuditAction.CASE_RESUMED, running, why);
    }

    /** Ends the case and its business record as cancelled, both or neither. */
    public void cancel(Actor admin, String number, String reason) {
        String why = OperationsRefused.requireReason(reason, "case.refused.reason");
        ProcessInstance running = lockedRunning(admin, number);
        String processKey = WorkflowKeys.processKeyOf(running.getProcessDefinitionId());
        Instant now = Instant.now(clock);
        for (CaseEnding ending : endings) {
            if (ending.processKey().equals(processKey)) {
                ending.cancelled(running.getId(), why, now);
            }
        }
        tellHolders(running, "case.notice.cancelled", why, false);
        runtime.deleteProcessInstance(running.getId(), why);
        done(admin, AuditAction.CASE_CANCELLED, running, why);
    }

    /**
     * The running case of this number, its open tasks locked first (in the order a step locks its
     * task and then its record), so that a step completing now and this action take turns; read
     * again after the lock, as the other may have moved or ended it.
     */
    private ProcessInstance lockedRunning(Actor admin, String number) {
        OperationsRefused.unlessAdmin(admin);
        ProcessInstance found = number == null || number.isBlank() ? null : runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(number.strip()).excludeSubprocesses(true).singleResult();
        if (found == null) {
            throw new OperationsRefused(null, "case.refused.notRunning");
        }
        em.createNativeQuery("select ID_ from ACT_RU_TASK where PROC_INST_ID_ = ? for update").setParameter(1, found.getId())
                .getResultList();
        em.createNativeQuery("select ID_ from ACT_RU_EXECUTION where ID_ = ? for update").setParameter(1, found.getId())
                .getResultList();
        ProcessInstance now = runtime.createProcessInstanceQuery().processInstanceId(found.getId()).singleResult();
        if (now == null) {
            throw new OperationsRefused(null, "case.refused.notRunning");
        }
        return now;
    }

    private void tellHolders(ProcessInstance running, String key, String reason, boolean linkTask) {
        for (Task task : tasks.createTaskQuery().processInstanceId(running.getId()).list()) {
            if (task.getAssignee() != null) {
                notices.tell(task.getAssignee(), key, linkTask ? "/inbox/task.xhtml?id=" + task.getId() : null,
                        running.getBusinessKey(), reason);
            }
        }
    }

    private void done(Actor admin, AuditAction action, ProcessInstance running, String reason) {
        audit.recordAs(admin.login(), action, running.getBusinessKey(), reason);
        LOG.info(() -> admin.login() + " " + action + " " + running.getBusinessKey() + ": " + LogText.of(reason));
    }
}

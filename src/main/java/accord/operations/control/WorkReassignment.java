package accord.operations.control;

import accord.casefile.control.StepNames;
import accord.inbox.boundary.HeldTasks;
import accord.inbox.boundary.TaskActions;
import accord.inbox.control.TaskLookup;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.platform.control.AuditTrail;
import accord.platform.control.AuditWording;
import accord.platform.control.LogText;
import accord.platform.entity.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;

/**
 * ADMIN moves work between people, with a reason and an audit line: one open task to any active
 * person (its holder left, is ill, or it sits with the wrong team), or everything a person holds
 * (tasks held, delegated and waiting to come back, offered to them by name) to another. Unlike a
 * head's reassignment, not limited to the task's department: operations decides. A person away
 * gets it through their deputy, as a new task would go.
 */
@ApplicationScoped
@Transactional
public class WorkReassignment {

    private static final Logger LOG = Logger.getLogger(WorkReassignment.class.getName());

    /** What a bulk reassignment moved, and what stayed because its case is on hold. */
    public record Moved(int moved, int onHold) {
    }

    @Inject
    TaskLookup lookup;

    @Inject
    TaskActions taskActions;

    @Inject
    TaskService tasks;

    @Inject
    RuntimeService runtime;

    @Inject
    HeldTasks held;

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    /** Returns who holds the task now (the person, or their deputy while they are away). */
    public String reassign(Actor admin, String taskId, String toLogin, String reason) {
        OperationsRefused.unlessAdmin(admin);
        String why = OperationsRefused.requireReason(reason, "case.refused.reason");
        Task task = lookup.taskToChange(taskId, admin);
        requireActive(toLogin, task.getAssignee());
        String holder;
        if (task.getDelegationState() == DelegationState.PENDING) {
            // Delegated: the new person does the delegated part; it still goes back to its owner.
            tasks.setAssignee(task.getId(), toLogin);
            holder = toLogin;
        } else {
            holder = taskActions.assign(task.getId(), toLogin);
        }
        String number = caseNumber(task);
        String stepKey = StepNames.stepKey(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
        audit.recordAs(admin.login(), AuditAction.TASK_REASSIGNED, number, AuditWording.of("audit.said.taskMoved",
                stepKey == null ? task.getName() : AuditWording.key(stepKey), task.getAssignee(), holder, why).stored());
        LOG.info(() -> admin.login() + " reassigned " + task.getName() + " of " + number + " to " + holder + ": " + LogText.of(why));
        return holder;
    }

    /** Everything the person holds to another; what is on hold stays (the engine refuses to move it). */
    public Moved reassignAll(Actor admin, String fromLogin, String toLogin, String reason) {
        OperationsRefused.unlessAdmin(admin);
        String why = OperationsRefused.requireReason(reason, "case.refused.reason");
        if (fromLogin == null || directory.employee(fromLogin).isEmpty()) {
            throw new OperationsRefused(null, "workTransfer.refused.from");
        }
        requireActive(toLogin, fromLogin);
        int before = held.heldBy(fromLogin).size();
        held.handOver(fromLogin, toLogin, admin.login());
        int onHold = held.heldBy(fromLogin).size();
        Moved moved = new Moved(before - onHold, onHold);
        audit.recordAs(admin.login(), AuditAction.TASK_REASSIGNED, fromLogin,
                AuditWording.of(onHold > 0 ? "audit.said.workMovedSomeStay" : "audit.said.workMoved", moved.moved(), toLogin, onHold, why)
                        .stored());
        LOG.info(() -> admin.login() + " reassigned " + moved + " of " + fromLogin + " to " + toLogin + ": " + LogText.of(why));
        return moved;
    }

    private void requireActive(String toLogin, String notThisOne) {
        if (toLogin == null || directory.employee(toLogin).filter(Employee::isActive).isEmpty()) {
            throw new OperationsRefused("person", "task.refused.noSuchPerson", toLogin == null ? "" : toLogin);
        }
        if (toLogin.equals(notThisOne)) {
            throw new OperationsRefused("person", "workTransfer.refused.same");
        }
    }

    private String caseNumber(Task task) {
        var instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        return instance == null || instance.getBusinessKey() == null ? "task " + task.getId() : instance.getBusinessKey();
    }
}

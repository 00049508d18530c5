package accord.inbox.boundary;

import accord.casefile.control.AttachmentPolicy;
import accord.deputy.control.Absences;
import accord.deputy.control.DeputyRouting;
import accord.deputy.entity.Absence;
import accord.inbox.control.TaskFacts;
import accord.inbox.control.TaskLookup;
import accord.inbox.control.TaskRefused;
import accord.inbox.control.TaskRights;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.workflow.control.Acting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.flowable.engine.TaskService;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;

/**
 * Everything a person does to a task, one transaction per action, each rule checked here on the
 * server. Engine exceptions are not caught inside the transaction (they have already marked it
 * for rollback): the page catches them after the rollback and explains.
 */
@ApplicationScoped
@Transactional
public class TaskActions {

    /** Comments longer than this are refused (Flowable stores up to 4 000 characters). */
    public static final int MAX_COMMENT = 4000;

    @Inject
    TaskService tasks;

    @Inject
    TaskLookup lookup;

    @Inject
    Directory directory;

    @Inject
    Absences absences;

    @Inject
    WorkflowForms forms;

    public void claim(Actor actor, String taskId) {
        Task task = lookup.taskToChange(taskId, actor);
        TaskFacts facts = lookup.facts(task, actor);
        if (facts.isClaimed()) {
            throw new TaskRefused("task.refused.claimedBy", "already claimed", directory.displayName(facts.assignee()));
        }
        check(actor, facts, "task.claim", TaskRights::canClaim, "task.refused.notCandidate");
        // As the person: nobody is told of a task they took themselves.
        Acting.as(actor.login(), () -> tasks.claim(taskId, actor.login()));
    }

    public void release(Actor actor, String taskId) {
        TaskFacts facts = facts(actor, taskId);
        check(actor, facts, "task.release", TaskRights::canRelease, "task.refused.notHolder");
        tasks.unclaim(taskId);
    }

    /**
     * The generic Complete, for steps without a workflow form (a delegated task goes back to its
     * owner instead). A step that has its workflow's form is refused: only that form's actions know
     * the decision the step needs.
     */
    public void complete(Actor actor, String taskId, String comment) {
        Task task = lookup.taskToChange(taskId, actor);
        if (forms.hasForm(task.getProcessDefinitionId())) {
            throw TaskLookup.refused(actor, "task.completeWithoutForm", taskId, "task.refused.useTheForm");
        }
        complete(actor, taskId, comment, Map.of());
    }

    /**
     * Completes the task with the variables a workflow's form decided (called by the workflows' own
     * step boundaries only) (a delegated task goes back
     * to its owner instead, the variables with it). Joins the caller's transaction, so that a
     * workflow's own data and the step commit together.
     */
    public void complete(Actor actor, String taskId, String comment, Map<String, Object> variables) {
        Task task = lookup.taskToChange(taskId, actor);
        TaskFacts facts = lookup.facts(task, actor);
        check(actor, facts, "task.complete", TaskRights::canComplete, "task.refused.notHolder");
        Acting.as(actor.login(), () -> {
            addComment(task, comment);
            if (task.getDelegationState() == DelegationState.PENDING) {
                tasks.resolveTask(taskId, variables);
            } else {
                tasks.complete(taskId, variables);
            }
        });
    }

    public void comment(Actor actor, String taskId, String text) {
        Task task = lookup.taskToChange(taskId, actor);
        check(actor, lookup.facts(task, actor), "comment on", TaskRights::canComment, "task.refused.notYours");
        if (text == null || text.isBlank()) {
            throw new TaskRefused("task.refused.emptyComment", "empty comment");
        }
        Acting.as(actor.login(), () -> addComment(task, text));
    }

    /** Attaches a file to the task's case (stored in the database by the engine, never in the web root). */
    public String attach(Actor actor, String taskId, String fileName, byte[] content) {
        Task task = lookup.taskToChange(taskId, actor);
        check(actor, lookup.facts(task, actor), "attach to", TaskRights::canComment, "task.refused.notYours");
        if (content.length == 0 || content.length > AttachmentPolicy.MAX_BYTES) {
            throw new TaskRefused("attachment.refused.size", "file size " + content.length,
                    AttachmentPolicy.MAX_BYTES / (1024 * 1024));
        }
        String name = AttachmentPolicy.cleanName(fileName);
        String type = AttachmentPolicy.contentType(name, content)
                .orElseThrow(() -> new TaskRefused("attachment.refused.type", "file type of " + name, name));
        return Acting.as(actor.login(), () -> tasks.createAttachment(type, task.getId(), task.getProcessInstanceId(),
                name, null, new ByteArrayInputStream(content)).getId());
    }

    /** Gives the task to a member of its department, or to their deputy if they are away; returns who holds it now. */
    public String reassign(Actor actor, String taskId, String toLogin) {
        TaskFacts facts = facts(actor, taskId);
        check(actor, facts, "task.reassign", TaskRights::canReassign, "task.refused.notHead");
        boolean memberOfTaskDepartment = facts.departments().stream()
                .anyMatch(code -> (actor.admin() || actor.heads(code)) && directory.isMember(toLogin, code));
        if (!memberOfTaskDepartment) {
            throw TaskLookup.refused(actor, "task.reassignTo", taskId, "task.refused.notMember", toLogin);
        }
        return assign(taskId, toLogin);
    }

    /**
     * Gives the task to the person, without the checks of who may (the caller made them): to their
     * deputy while they are away, as a new task would go. Returns who holds it now.
     */
    public String assign(String taskId, String toLogin) {
        Optional<Absence> away = absences.current(toLogin);
        if (away.isPresent()) {
            tasks.setAssignee(taskId, away.get().getDeputy());
            tasks.setVariableLocal(taskId, DeputyRouting.ON_BEHALF_OF, toLogin);
            return away.get().getDeputy();
        }
        tasks.removeVariableLocal(taskId, DeputyRouting.ON_BEHALF_OF);
        tasks.setAssignee(taskId, toLogin);
        return toLogin;
    }

    /**
     * A case's steps done by one part (an account manager, a requester) go to whoever has that part
     * now: the open tasks at those steps to them (or their deputy while away), a delegated one comes
     * back to them instead. Who may was decided by the caller.
     */
    public void handOverSteps(String processInstanceId, java.util.Collection<String> stepKeys, String toLogin) {
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
            if (!stepKeys.contains(task.getTaskDefinitionKey())) {
                continue;
            }
            if (task.getDelegationState() == DelegationState.PENDING) {
                tasks.setOwner(task.getId(), toLogin);
            } else if (!toLogin.equals(task.getAssignee())) {
                assign(task.getId(), toLogin);
            }
        }
    }

    public void delegate(Actor actor, String taskId, String toLogin) {
        TaskFacts facts = facts(actor, taskId);
        check(actor, facts, "task.delegate", TaskRights::canDelegate, "task.refused.notHolder");
        if (toLogin == null || toLogin.equals(facts.assignee()) || directory.employee(toLogin).filter(e -> e.isActive()).isEmpty()) {
            throw TaskLookup.refused(actor, "task.delegateTo", taskId, "task.refused.noSuchPerson", toLogin);
        }
        Optional<Absence> away = absences.current(toLogin);
        if (away.isPresent()) {
            throw new TaskRefused("task.refused.away", "delegate to someone away", directory.displayName(toLogin),
                    java.sql.Date.valueOf(away.get().getLastDay()));
        }
        tasks.delegateTask(taskId, toLogin);
    }

    private TaskFacts facts(Actor actor, String taskId) {
        return lookup.facts(lookup.taskToChange(taskId, actor), actor);
    }

    private void addComment(Task task, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (text.length() > MAX_COMMENT) {
            throw new TaskRefused("task.refused.commentTooLong", "comment too long", MAX_COMMENT);
        }
        tasks.addComment(task.getId(), task.getProcessInstanceId(), text.strip());
    }

    private static void check(Actor actor, TaskFacts facts, String action, BiPredicate<Actor, TaskFacts> rule,
            String messageKey) {
        if (!rule.test(actor, facts)) {
            throw TaskLookup.refused(actor, action, facts.id(), messageKey);
        }
    }
}

package accord.inbox.control;

import accord.casefile.control.CaseVisibility;
import accord.deputy.control.DeputyRouting;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;

/** Finds an open task and the facts the rules need; refuses (and logs) what the person may not see. */
@ApplicationScoped
public class TaskLookup {

    private static final Set<String> ROLE_GROUPS = new HashSet<>(Arrays.stream(Role.values()).map(Role::name).toList());

    @Inject
    TaskService tasks;

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    Directory directory;

    @PersistenceContext
    EntityManager em;

    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<CaseVisibility> workflowRules;

    /** The open task, or a refusal saying it is gone. */
    public Task task(String taskId) {
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskRefused("task.refused.gone", "no open task " + taskId);
        }
        return task;
    }

    /**
     * The same for a person's action on it. A task this person finished a moment ago was pressed
     * twice (a double click, a second tab), and is said so; one finished by someone else is a race
     * lost to a colleague; an id that never was a task is made up, and its refusal is on the record.
     */
    public Task task(String taskId, Actor actor) {
        try {
            return task(taskId);
        } catch (TaskRefused gone) {
            HistoricTaskInstance was = taskId == null ? null
                    : history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
            if (was == null && taskId != null) {
                AccessRefusals.record(actor.login(), AuditWording.of("audit.act.task.unknown", taskId), "task.refused.gone");
            } else if (was != null && was.getEndTime() != null && actor.login().equals(was.getAssignee())) {
                throw new TaskRefused("task.refused.doneByYou", actor.login() + " completed task " + taskId + " already");
            }
            throw gone;
        }
    }

    /**
     * The task, for a change to it within the caller's transaction: first its row is locked until
     * that transaction ends, so that two people acting on one task at once (on any instance of a
     * cluster) take turns, and the second sees what the first did. Without the lock the engine's
     * own updates, flushed in an order each JVM picks, can deadlock each other in the database.
     */
    public Task taskToChange(String taskId, Actor actor) {
        if (taskId != null) {
            em.createNativeQuery("select ID_ from ACT_RU_TASK where ID_ = ? for update").setParameter(1, taskId).getResultList();
        }
        Task task = task(taskId, actor);
        // The engine refuses every change to a suspended case's task; said here in the person's words.
        if (task.isSuspended()) {
            throw new TaskRefused("task.refused.onHold", "task " + taskId + " of a suspended case");
        }
        return task;
    }

    /** The case's open task at this step, if it waits there. */
    public java.util.Optional<Task> openAt(String processInstanceId, String step) {
        return java.util.Optional.ofNullable(tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(step).singleResult());
    }

    /** The task's variables (its own and its case's). */
    public Map<String, Object> variables(Task task) {
        return tasks.getVariables(task.getId());
    }

    public TaskFacts facts(Task task, Actor actor) {
        List<String> groups = new ArrayList<>();
        List<String> users = new ArrayList<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                if (link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                } else if (link.getUserId() != null) {
                    users.add(link.getUserId());
                }
            }
        }
        Set<String> departments = new HashSet<>();
        groups.stream().filter(group -> !ROLE_GROUPS.contains(group)).forEach(departments::add);
        if (task.getAssignee() != null) {
            directory.employee(task.getAssignee()).map(Employee::department).ifPresent(d -> {
                departments.add(d.code());
                if (d.parent() != null) {
                    departments.add(d.parent().code());
                }
            });
        }
        boolean involved = involvedInCase(actor, task.getProcessInstanceId());
        Object onBehalfOf = task.getAssignee() == null ? null
                : tasks.getVariableLocal(task.getId(), DeputyRouting.ON_BEHALF_OF);
        return new TaskFacts(task.getId(), task.getAssignee(), task.getOwner(),
                task.getDelegationState() == DelegationState.PENDING, groups, users, departments, involved,
                onBehalfOf == null ? null : onBehalfOf.toString(), TaskFacts.CONFIDENTIAL.equals(task.getCategory()));
    }

    /** Did the person start the case or take part in it (the engine's participant links)? */
    public boolean involvedInCase(Actor actor, String processInstanceId) {
        return processInstanceId != null && runtime.createProcessInstanceQuery()
                .processInstanceId(processInstanceId).involvedUser(actor.login()).count() > 0;
    }

    /** May the person see the case: took part in it, or may see one of its open tasks? */
    public boolean canSeeCase(Actor actor, String processInstanceId) {
        if (processInstanceId == null) {
            return false;
        }
        // History, not the runtime: a finished case stays visible to those who took part in it.
        if (history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .involvedUser(actor.login()).count() > 0) {
            return true;
        }
        if (tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .anyMatch(task -> TaskRights.canSee(actor, facts(task, actor)))) {
            return true;
        }
        return workflowRules.stream().anyMatch(rule -> rule.canSee(actor, processInstanceId));
    }

    /** The task, if the person may see it; otherwise a refusal that is logged. */
    public Task visibleTask(String taskId, Actor actor) {
        Task task = task(taskId, actor);
        if (!TaskRights.canSee(actor, facts(task, actor))) {
            throw refused(actor, "task.open", taskId, "task.refused.notYours");
        }
        return task;
    }

    /** A refusal of this person's action on a task or case: logged, and a line of the audit trail. */
    public static TaskRefused refused(Actor actor, String action, String taskId, String messageKey, Object... args) {
        AccessRefusals.record(actor.login(), AuditWording.of("audit.act." + action, java.util.stream.Stream.concat(java.util.stream.Stream.of(taskId),
                java.util.Arrays.stream(args)).toArray()), messageKey, args);
        return new TaskRefused(messageKey, actor.login() + " may not " + action + " task " + taskId, args);
    }
}

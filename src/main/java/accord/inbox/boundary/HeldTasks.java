package accord.inbox.boundary;

import accord.casefile.control.StepNames;
import accord.deputy.control.DeputyRouting;
import accord.organisation.control.PersonalWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;

/**
 * A leaving person's tasks, for every workflow: those they hold (to the successor, or their
 * deputy while away), those they delegated and wait to get back (the successor gets them back),
 * and those offered to them by name only (offered to the successor instead).
 */
@ApplicationScoped
public class HeldTasks implements PersonalWork {

    /** The kind of a held task whose case is suspended. */
    public static final String ON_HOLD = "departure.kind.onHold";

    @Inject
    TaskService tasks;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskActions actions;

    @Override
    public List<Item> heldBy(String login) {
        List<Task> assigned = assigned(login);
        List<Task> delegated = delegated(login);
        List<Task> offered = offeredByName(login);
        List<Task> all = new ArrayList<>(assigned);
        all.addAll(delegated);
        all.addAll(offered);
        Map<String, String> cases = caseNumbers(all);
        List<Item> items = new ArrayList<>();
        assigned.forEach(task -> items.add(item("departure.kind.task", task, cases)));
        delegated.forEach(task -> items.add(item("departure.kind.delegated", task, cases)));
        offered.forEach(task -> items.add(item("departure.kind.offered", task, cases)));
        return items;
    }

    /**
     * A task of a suspended case cannot change hands (the engine refuses): it stays, and the admin
     * home page shows it among the work still held by someone who left, to move once the case resumes.
     */
    @Override
    public void handOver(String login, String successor, String by) {
        for (Task task : active(assigned(login))) {
            // Held as someone's deputy: the successor stands in for them now (deputy's DeputyDuties),
            // and the task still goes back to that person when their absence ends.
            if (tasks.getVariableLocal(task.getId(), DeputyRouting.ON_BEHALF_OF) != null) {
                tasks.setAssignee(task.getId(), successor);
            } else {
                actions.assign(task.getId(), successor);
            }
        }
        active(delegated(login)).forEach(task -> tasks.setOwner(task.getId(), successor));
        for (Task task : active(offeredByName(login))) {
            tasks.deleteCandidateUser(task.getId(), login);
            tasks.addCandidateUser(task.getId(), successor);
        }
    }

    private static List<Task> active(List<Task> list) {
        return list.stream().filter(task -> !task.isSuspended()).toList();
    }

    private List<Task> assigned(String login) {
        return tasks.createTaskQuery().taskAssignee(login).list();
    }

    /** Delegated by the person and not yet resolved: it comes back to its owner. */
    private List<Task> delegated(String login) {
        return tasks.createTaskQuery().taskOwner(login).taskDelegationState(DelegationState.PENDING).list().stream()
                .filter(task -> !login.equals(task.getAssignee())).toList();
    }

    /**
     * Unassigned tasks offered to the person by name. Not the engine's candidate-user query: that one
     * also finds what is offered to their department and roles (DirectoryCandidateGroups), which stays.
     */
    private List<Task> offeredByName(String login) {
        return tasks.createNativeTaskQuery().sql("SELECT T.* FROM ACT_RU_TASK T WHERE T.ASSIGNEE_ IS NULL AND T.ID_ IN"
                + " (SELECT L.TASK_ID_ FROM ACT_RU_IDENTITYLINK L WHERE L.TYPE_ = 'candidate' AND L.USER_ID_ = #{login})")
                .parameter("login", login).list();
    }

    private Map<String, String> caseNumbers(List<Task> list) {
        var ids = list.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    /** A step of a suspended case is said to be on hold: it cannot be handed over until the case resumes. */
    private static Item item(String kind, Task task, Map<String, String> cases) {
        String number = cases.get(task.getProcessInstanceId());
        String step = StepNames.step(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName());
        return new Item(task.isSuspended() ? ON_HOLD : kind, (number == null ? "" : number + " · ") + step,
                "/inbox/task.xhtml?id=" + task.getId());
    }
}

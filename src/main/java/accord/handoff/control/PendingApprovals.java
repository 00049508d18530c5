package accord.handoff.control;

import accord.handoff.entity.Handoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;

/** The requests waiting for a person's decision: decision tasks they hold (as head, deputy or escalation). */
@ApplicationScoped
public class PendingApprovals {

    /** A request and the task that decides it; escalated when the head let it wait. */
    public record Pending(String taskId, Handoff handoff, boolean escalated) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskService tasks;

    /** How many decisions this person holds now (their own, as a deputy, or escalated to them). */
    public long count(String login) {
        return tasks.createTaskQuery().taskAssignee(login).processDefinitionKey(HandoffProcess.KEY)
                .taskDefinitionKeys(HandoffProcess.DECISION_STEPS).count();
    }

    public List<Pending> of(String login) {
        List<Task> open = tasks.createTaskQuery().taskAssignee(login).processDefinitionKey(HandoffProcess.KEY)
                .taskDefinitionKeys(HandoffProcess.DECISION_STEPS).orderByTaskCreateTime().asc().list();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, Handoff> byCase = em.createQuery("select h from Handoff h where h.processInstanceId in :cases", Handoff.class)
                .setParameter("cases", open.stream().map(Task::getProcessInstanceId).toList())
                .getResultStream().collect(Collectors.toMap(Handoff::getProcessInstanceId, Function.identity()));
        return open.stream().filter(task -> byCase.containsKey(task.getProcessInstanceId()))
                .map(task -> new Pending(task.getId(), byCase.get(task.getProcessInstanceId()),
                        !HandoffProcess.DECISION_STEPS.get(0).equals(task.getTaskDefinitionKey()))).toList();
    }
}

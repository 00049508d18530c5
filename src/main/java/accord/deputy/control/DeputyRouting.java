package accord.deputy.control;

import accord.workflow.control.EngineListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.task.api.Task;
import org.flowable.variable.api.delegate.VariableScope;

/**
 * The engine listener that sends a new task assigned to someone who is away to their deputy, and
 * notes on the task for whom the deputy acts ({@link #ON_BEHALF_OF}, a task-local variable that
 * the inbox and the history read). It runs inside the engine's command, in the same transaction.
 */
@ApplicationScoped
public class DeputyRouting implements EngineListener {

    /** Task-local variable: the login of the person the deputy holds the task for. */
    public static final String ON_BEHALF_OF = "onBehalfOf";

    /** Process variable: the logins that must not receive the case's tasks as deputies. */
    public static final String NOT_TO_DEPUTIES = "notToDeputies";

    public static final String EVENT = FlowableEngineEventType.TASK_CREATED.name();

    private static final Logger LOG = Logger.getLogger(DeputyRouting.class.getName());

    @Inject
    Absences absences;

    /** A listener reading these absences: for BPMN tests on an engine outside the container. */
    public static DeputyRouting over(Absences absences) {
        DeputyRouting routing = new DeputyRouting();
        routing.absences = absences;
        return routing;
    }

    @Override
    public List<String> eventTypes() {
        return List.of(EVENT);
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (event instanceof FlowableEntityEvent created && created.getEntity() instanceof Task task
                && task.getAssignee() != null) {
            String person = task.getAssignee();
            absences.current(person).filter(absence -> !excluded(task, absence.getDeputy())).ifPresent(absence -> {
                // The engine's own service, called inside the running command (not a new transaction).
                TaskService tasks = CommandContextUtil.getProcessEngineConfiguration().getTaskService();
                tasks.setAssignee(task.getId(), absence.getDeputy());
                tasks.setVariableLocal(task.getId(), ON_BEHALF_OF, person);
                LOG.info(() -> "Task " + task.getId() + " for " + person + " (away) went to the deputy " + absence.getDeputy());
            });
        }
    }

    /**
     * A case may name people who must not get its tasks as anyone's deputy (four eyes: a promotion's
     * nominator and nominee); the task then stays with the person who is away.
     */
    private static boolean excluded(Task task, String deputy) {
        Object excluded = task instanceof VariableScope scope ? scope.getVariable(NOT_TO_DEPUTIES) : null;
        boolean refused = excluded instanceof java.util.Collection<?> logins && logins.contains(deputy);
        if (refused) {
            LOG.info(() -> "Task " + task.getId() + " stays with " + task.getAssignee() + ": the deputy " + deputy
                    + " may not act on this case");
        }
        return refused;
    }
}

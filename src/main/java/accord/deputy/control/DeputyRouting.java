package accord.deputy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.task.api.Task;

/**
 * The engine listener that sends a new task assigned to someone who is away to their deputy, and
 * notes on the task for whom the deputy acts ({@link #ON_BEHALF_OF}, a task-local variable that
 * the inbox and the history read). It runs inside the engine's command, in the same transaction.
 */
@ApplicationScoped
public class DeputyRouting implements FlowableEventListener {

    /** Task-local variable: the login of the person the deputy holds the task for. */
    public static final String ON_BEHALF_OF = "onBehalfOf";

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
    public void onEvent(FlowableEvent event) {
        if (event instanceof FlowableEntityEvent created && created.getEntity() instanceof Task task
                && task.getAssignee() != null) {
            String person = task.getAssignee();
            absences.current(person).ifPresent(absence -> {
                // The engine's own service, called inside the running command (not a new transaction).
                TaskService tasks = CommandContextUtil.getProcessEngineConfiguration().getTaskService();
                tasks.setAssignee(task.getId(), absence.getDeputy());
                tasks.setVariableLocal(task.getId(), ON_BEHALF_OF, person);
                LOG.info(() -> "Task " + task.getId() + " for " + person + " (away) went to the deputy " + absence.getDeputy());
            });
        }
    }

    // A failure must roll the step back, not leave the task with someone who is away.
    @Override
    public boolean isFailOnException() {
        return true;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }
}

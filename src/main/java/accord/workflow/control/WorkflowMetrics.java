package accord.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.flowable.engine.ManagementService;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.task.api.Task;
import org.flowable.variable.api.event.FlowableVariableEvent;

/**
 * What an operator graphs from the engine (on {@code /metrics}): tasks completed per process,
 * deadlines near and missed, and jobs (timers, asynchronous steps) that failed.
 */
@ApplicationScoped
public class WorkflowMetrics implements EngineListener {

    @Inject
    MetricRegistry metrics;

    @Override
    public List<String> eventTypes() {
        return List.of(FlowableEngineEventType.TASK_COMPLETED.name(), FlowableEngineEventType.JOB_EXECUTION_FAILURE.name(),
                FlowableEngineEventType.VARIABLE_UPDATED.name());
    }

    @Override
    public void onEvent(FlowableEvent event) {
        String type = event.getType().name();
        if (FlowableEngineEventType.TASK_COMPLETED.name().equals(type) && event instanceof FlowableEntityEvent completed
                && completed.getEntity() instanceof Task task) {
            metrics.counter("accord.tasks.completed", new Tag("process", String.valueOf(WorkflowKeys.processKeyOf(task.getProcessDefinitionId())))).inc();
        } else if (FlowableEngineEventType.JOB_EXECUTION_FAILURE.name().equals(type)) {
            metrics.counter("accord.jobs.failed").inc();
        } else if (event instanceof FlowableVariableEvent flag && Boolean.TRUE.equals(flag.getVariableValue())) {
            if (DeadlineFlags.NEAR.contains(flag.getVariableName())) {
                metrics.counter("accord.deadlines.near").inc();
            } else if (DeadlineFlags.MISSED.contains(flag.getVariableName())) {
                metrics.counter("accord.deadlines.missed").inc();
            }
        }
    }

    /** Jobs with no tries left: they wait for an operator (Administration → Failed jobs). */
    public static long deadJobs(ManagementService management) {
        return management.createDeadLetterJobQuery().count();
    }

    /** Jobs that failed and will be tried again: waiting for the next try, or due for it now. */
    public static long failingJobs(ManagementService management) {
        return management.createTimerJobQuery().withException().count() + management.createJobQuery().withException().count();
    }

    /**
     * The dead jobs' count on /metrics ({@code accord_jobs_dead}), once the engine has started: a figure
     * to alert on, not a rate; NaN while the database does not answer, so /metrics still does.
     */
    public void gaugeDeadJobs(ManagementService management) {
        metrics.gauge("accord.jobs.dead", management, jobs -> {
            try {
                return (double) deadJobs(jobs);
            } catch (RuntimeException databaseAway) {
                return Double.NaN;
            }
        });
    }

    // Counting never stops a step.
    @Override
    public boolean isFailOnException() {
        return false;
    }
}

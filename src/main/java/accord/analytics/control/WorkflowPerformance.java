package accord.analytics.control;

import accord.organisation.control.Actor;
import accord.organisation.entity.Role;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import accord.platform.control.Refused;
import accord.workflow.control.WorkflowKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.task.api.history.HistoricTaskInstance;

/**
 * How the four workflows performed in a period, read from the engine's history (not a copy of it):
 * cases started and finished, their cycle time, and each step's times ({@link StepTimes}). Cases
 * cancelled and steps ended by a cancellation are not work done and are left out.
 */
@ApplicationScoped
public class WorkflowPerformance {

    public static final List<String> WORKFLOWS = List.of(WorkflowKeys.COMPLAINT_HANDLING, WorkflowKeys.KEY_ACCOUNT_REVIEW,
            WorkflowKeys.CROSS_DEPARTMENT_HANDOFF, WorkflowKeys.PROMOTION_APPROVAL);

    /** One workflow's figures for the period. */
    public record Flow(String workflow, long started, int finished, Optional<Duration> medianCycle, Optional<Duration> p90Cycle,
            List<StepTimes.Step> steps, Optional<StepTimes.Step> bottleneck) {
    }

    @Inject
    HistoryService history;

    /** The sales director and ADMIN see every workflow's figures. */
    public static boolean maySee(Actor actor) {
        return actor.admin() || actor.isIn(Role.SALES_DIRECTOR.name());
    }

    /** Each workflow's figures for cases and steps in [from, to). */
    public List<Flow> of(Actor actor, Instant from, Instant to) {
        if (!maySee(actor)) {
            AccessRefusals.record(actor.login(), AuditWording.of("audit.act.seeWorkflowFigures"), "analytics.refused.notAllowed");
            throw new Refused("analytics.refused.notAllowed", actor.login() + " may not see the workflows' figures");
        }
        Date start = Date.from(from);
        // The engine's "before" includes its moment: the period ends a millisecond before the next starts.
        Date end = Date.from(to.minusMillis(1));
        return WORKFLOWS.stream().map(workflow -> flow(workflow, start, end)).toList();
    }

    private Flow flow(String workflow, Date start, Date end) {
        long started = history.createHistoricProcessInstanceQuery().processDefinitionKey(workflow)
                .startedAfter(start).startedBefore(end).count();
        List<HistoricProcessInstance> finished = history.createHistoricProcessInstanceQuery().processDefinitionKey(workflow)
                .finishedAfter(start).finishedBefore(end).notDeleted().list();
        List<StepTimes.Span> spans = history.createHistoricTaskInstanceQuery().processDefinitionKey(workflow).finished()
                .taskCompletedAfter(start).taskCompletedBefore(end).list().stream()
                .filter(task -> task.getDeleteReason() == null && task.getEndTime() != null)
                .map(task -> span(workflow, task)).toList();
        List<StepTimes.Step> steps = StepTimes.of(spans);
        return new Flow(workflow, started, finished.size(),
                StepTimes.percentile(finished, WorkflowPerformance::cycle, 0.5),
                StepTimes.percentile(finished, WorkflowPerformance::cycle, 0.9), steps, StepTimes.bottleneck(steps, workflow));
    }

    private static StepTimes.Span span(String workflow, HistoricTaskInstance task) {
        return new StepTimes.Span(task.getProcessInstanceId(), workflow, task.getTaskDefinitionKey(), task.getCreateTime().toInstant(),
                task.getClaimTime() == null ? null : task.getClaimTime().toInstant(), task.getEndTime().toInstant());
    }

    private static Duration cycle(HistoricProcessInstance instance) {
        return Duration.between(instance.getStartTime().toInstant(), instance.getEndTime().toInstant());
    }
}

package accord.analytics.control;

import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.task.api.history.HistoricTaskInstance;

/**
 * How the four workflows performed in a period, read from the engine's history (not a copy of it):
 * cases started and finished, their cycle time, and each step's times ({@link StepTimes}). Cases
 * cancelled and steps ended by a cancellation are not work done and are left out. The sales director
 * and ADMIN see the whole workflows or one department's steps; a department head sees the steps their
 * departments' members did. Each figure's cases can be listed ({@link #cases}).
 */
@ApplicationScoped
public class WorkflowPerformance {

    public static final List<String> WORKFLOWS = List.of(WorkflowKeys.COMPLAINT_HANDLING, WorkflowKeys.KEY_ACCOUNT_REVIEW,
            WorkflowKeys.CROSS_DEPARTMENT_HANDOFF, WorkflowKeys.PROMOTION_APPROVAL);

    /**
     * One workflow's figures for the period; {@code whole} when they are the whole workflow's (the
     * case figures are then filled), else only the steps of a head's departments.
     */
    public record Flow(String workflow, boolean whole, long started, int finished, Optional<Duration> medianCycle,
            Optional<Duration> p90Cycle, List<StepTimes.Step> steps, Optional<StepTimes.Step> bottleneck) {
    }

    @Inject
    HistoryService history;

    @Inject
    RepositoryService repository;

    @Inject
    EndedMonthFigures ended;

    @Inject
    Directory directory;

    /** The sales director and ADMIN see every workflow's figures; a head their departments' steps. */
    public static boolean maySee(Actor actor) {
        return seesWholeWorkflows(actor) || actor.headsAny();
    }

    public static boolean seesWholeWorkflows(Actor actor) {
        return actor.admin() || actor.isIn(Role.SALES_DIRECTOR.name());
    }

    /** Each workflow's figures for cases and steps in [from, to). */
    public List<Flow> of(Actor actor, Instant from, Instant to) {
        return of(actor, from, to, Optional.empty());
    }

    /**
     * Each workflow's figures for [from, to): of the whole workflows, or of the steps one department's
     * members did (a head: one they head; without a department, all they head).
     */
    public List<Flow> of(Actor actor, Instant from, Instant to, Optional<String> department) {
        Optional<Set<String>> members = scope(actor, department);
        return ended.of(new EndedMonthFigures.Key(from, to, members.map(Set::copyOf)), () -> read(from, to, members));
    }

    private List<Flow> read(Instant from, Instant to, Optional<Set<String>> members) {
        Date start = Date.from(from);
        Date end = endOf(to);
        Map<String, String> keys = workflowKeys();
        Map<String, List<StepTimes.Span>> spans = spans(keys, start, end, members);
        if (members.isPresent()) {
            return WORKFLOWS.stream().map(workflow -> steps(workflow, spans.getOrDefault(workflow, List.of()))).toList();
        }
        Map<String, Long> started = history.createHistoricProcessInstanceQuery().startedAfter(start).startedBefore(end).list().stream()
                .filter(c -> keys.containsKey(c.getProcessDefinitionId()))
                .collect(Collectors.groupingBy(c -> keys.get(c.getProcessDefinitionId()), Collectors.counting()));
        Map<String, List<HistoricProcessInstance>> finished = history.createHistoricProcessInstanceQuery().finishedAfter(start)
                .finishedBefore(end).notDeleted().list().stream().filter(c -> keys.containsKey(c.getProcessDefinitionId()))
                .collect(Collectors.groupingBy(c -> keys.get(c.getProcessDefinitionId())));
        return WORKFLOWS.stream().map(workflow -> flow(workflow, started.getOrDefault(workflow, 0L),
                finished.getOrDefault(workflow, List.of()), spans.getOrDefault(workflow, List.of()))).toList();
    }

    /**
     * The cases behind a figure, as process instance ids: those started or finished in [from, to) (of
     * the whole workflow only), or those behind one step's figure in the same scope as {@link #of}.
     */
    public List<String> cases(Actor actor, Instant from, Instant to, Optional<String> department, String workflow,
            CaseFigure figure) {
        Optional<Set<String>> members = scope(actor, department);
        if (!WORKFLOWS.contains(workflow)) {
            return List.of();
        }
        Date start = Date.from(from);
        Date end = endOf(to);
        if (figure.step().isEmpty()) {
            if (members.isPresent()) {
                return List.of();
            }
            var query = history.createHistoricProcessInstanceQuery().processDefinitionKey(workflow);
            var chosen = figure.started() ? query.startedAfter(start).startedBefore(end).orderByProcessInstanceStartTime()
                    : query.finishedAfter(start).finishedBefore(end).notDeleted().orderByProcessInstanceEndTime();
            return chosen.asc().list().stream().map(HistoricProcessInstance::getId).toList();
        }
        List<StepTimes.Span> spans = spans(workflowKeys(), start, end, members).getOrDefault(workflow, List.of());
        return StepTimes.cases(spans, workflow, figure.step().get(), figure.cases());
    }

    /** Which figure's cases: the workflow's started or finished, or a step's. */
    public record CaseFigure(boolean started, Optional<String> step, StepTimes.Cases cases) {

        public static CaseFigure startedCases() {
            return new CaseFigure(true, Optional.empty(), StepTimes.Cases.DONE);
        }

        public static CaseFigure finishedCases() {
            return new CaseFigure(false, Optional.empty(), StepTimes.Cases.DONE);
        }

        public static CaseFigure ofStep(String step, StepTimes.Cases cases) {
            return new CaseFigure(false, Optional.of(step), cases);
        }
    }

    /**
     * Whose steps the figures count: empty for the whole workflows (the sales director and ADMIN
     * without a department chosen), else the members of the chosen or headed departments. Anyone else,
     * or a head choosing a department they do not head, is refused and on the record.
     */
    private Optional<Set<String>> scope(Actor actor, Optional<String> department) {
        boolean whole = seesWholeWorkflows(actor);
        if (!maySee(actor) || department.filter(code -> !whole && !actor.heads(code)).isPresent()) {
            AccessRefusals.record(actor.login(), AuditWording.of("audit.act.seeWorkflowFigures"), "analytics.refused.notAllowed");
            throw new Refused("analytics.refused.notAllowed", actor.login() + " may not see these workflow figures");
        }
        if (department.isPresent()) {
            return Optional.of(new HashSet<>(directory.memberLogins(Set.of(department.get()))));
        }
        return whole ? Optional.empty() : Optional.of(new HashSet<>(directory.memberLogins(actor.headOf())));
    }

    /** The engine's "before" includes its moment: the period ends a millisecond before the next starts. */
    private static Date endOf(Instant to) {
        return Date.from(to.minusMillis(1));
    }

    /** The steps of the workflow that these people did. */
    private static Flow steps(String workflow, List<StepTimes.Span> spans) {
        List<StepTimes.Step> steps = StepTimes.of(spans);
        return new Flow(workflow, false, 0, 0, Optional.empty(), Optional.empty(), steps, StepTimes.bottleneck(steps, workflow));
    }

    private static Flow flow(String workflow, long started, List<HistoricProcessInstance> finished, List<StepTimes.Span> spans) {
        List<StepTimes.Step> steps = StepTimes.of(spans);
        return new Flow(workflow, true, started, finished.size(),
                StepTimes.percentile(finished, WorkflowPerformance::cycle, 0.5),
                StepTimes.percentile(finished, WorkflowPerformance::cycle, 0.9), steps, StepTimes.bottleneck(steps, workflow));
    }

    /** The four workflows' definitions, every version: their ids and keys. */
    private Map<String, String> workflowKeys() {
        return repository.createProcessDefinitionQuery().list().stream().filter(d -> WORKFLOWS.contains(d.getKey()))
                .collect(Collectors.toMap(ProcessDefinition::getId, ProcessDefinition::getKey));
    }

    /**
     * The four workflows' steps done in the period (not those a cancellation ended), by workflow, of
     * these people only when given. One read for all four, by when the steps ended: the engine asks
     * for a workflow through its definitions, which no index of the history serves.
     */
    private Map<String, List<StepTimes.Span>> spans(Map<String, String> keys, Date start, Date end, Optional<Set<String>> members) {
        return history.createHistoricTaskInstanceQuery().finished().taskCompletedAfter(start).taskCompletedBefore(end).list().stream()
                .filter(task -> task.getDeleteReason() == null && task.getEndTime() != null && keys.containsKey(task.getProcessDefinitionId()))
                .filter(task -> members.map(m -> m.contains(task.getAssignee())).orElse(true))
                .map(task -> span(keys.get(task.getProcessDefinitionId()), task))
                .collect(Collectors.groupingBy(StepTimes.Span::workflow));
    }

    private static StepTimes.Span span(String workflow, HistoricTaskInstance task) {
        return new StepTimes.Span(task.getProcessInstanceId(), workflow, task.getTaskDefinitionKey(), task.getCreateTime().toInstant(),
                task.getClaimTime() == null ? null : task.getClaimTime().toInstant(), task.getEndTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }

    private static Duration cycle(HistoricProcessInstance instance) {
        return Duration.between(instance.getStartTime().toInstant(), instance.getEndTime().toInstant());
    }
}

package accord.operations.control;

import accord.casefile.control.CaseVariables;
import accord.casefile.control.StepNames;
import accord.operations.control.CaseOverview.CaseState;
import accord.organisation.control.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.history.HistoricProcessInstanceQuery;
import org.flowable.task.api.Task;

/**
 * Every case of every workflow for ADMIN, found in the database a page at a time: by number, customer,
 * workflow, the step it waits at, a person or department taking part, state, start days, overdue.
 * The engine's history holds every case (running or not); what only the runtime knows (the step,
 * suspension, an open task past due) narrows it to the cases that have it.
 */
@ApplicationScoped
public class CaseSearch {

    /** The most cases a step, suspension or overdue filter narrows to: beyond that, add another filter. */
    static final int MOST_NARROWED = 10_000;

    /** What to look for; every part may be null. {@code from} and {@code until} are moments, until excluded. */
    public record Filter(String number, String customer, String workflow, String step, String person, String department,
            CaseState state, Instant from, Instant until, boolean overdue) implements Serializable {
    }

    /** A case as the list shows it. */
    public record Row(String id, String number, String workflow, String subject, String customer, CaseState state,
            List<String> waitingAt, Instant started, Instant ended) implements Serializable {
    }

    @Inject
    HistoryService history;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    public List<Row> page(Actor admin, Filter filter, int first, int size) {
        HistoricProcessInstanceQuery query = query(admin, filter);
        if (query == null) {
            return List.of();
        }
        return rows(query.orderByProcessInstanceStartTime().desc().listPage(first, size));
    }

    public long count(Actor admin, Filter filter) {
        HistoricProcessInstanceQuery query = query(admin, filter);
        return query == null ? 0 : query.count();
    }

    /** The query for the filter, or null when a runtime narrowing found no case at all. */
    private HistoricProcessInstanceQuery query(Actor admin, Filter filter) {
        OperationsRefused.unlessAdmin(admin);
        HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery();
        if (!blank(filter.number())) {
            query.processInstanceBusinessKeyLikeIgnoreCase("%" + plain(filter.number()) + "%");
        }
        if (!blank(filter.customer())) {
            query.variableValueLikeIgnoreCase(CaseVariables.CUSTOMER_NAME, "%" + plain(filter.customer()) + "%");
        }
        if (!blank(filter.workflow())) {
            query.processDefinitionKey(filter.workflow());
        }
        if (!blank(filter.person())) {
            query.involvedUser(filter.person().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (!blank(filter.department())) {
            query.involvedGroups(Set.of(filter.department()));
        }
        if (filter.from() != null) {
            query.startedAfter(Date.from(filter.from().minusMillis(1)));
        }
        if (filter.until() != null) {
            query.startedBefore(Date.from(filter.until()));
        }
        if (filter.state() != null) {
            switch (filter.state()) {
                case RUNNING, SUSPENDED -> query.unfinished();
                case FINISHED -> query.finished().notDeleted();
                case CANCELLED -> query.deleted();
            }
        }
        Set<String> narrowed = narrowing(filter);
        if (narrowed != null) {
            if (narrowed.isEmpty()) {
                return null;
            }
            query.processInstanceIds(narrowed);
        }
        return query;
    }

    /** The cases the runtime-only filters allow (null: no such filter). */
    private Set<String> narrowing(Filter filter) {
        Set<String> allowed = null;
        if (!blank(filter.step())) {
            allowed = intersect(allowed, runtime.createExecutionQuery().activityId(filter.step()).listPage(0, MOST_NARROWED).stream()
                    .map(e -> e.getProcessInstanceId()).collect(Collectors.toSet()));
        }
        if (filter.state() == CaseState.SUSPENDED || filter.state() == CaseState.RUNNING) {
            allowed = intersect(allowed, (filter.state() == CaseState.SUSPENDED ? runtime.createProcessInstanceQuery().suspended()
                    : runtime.createProcessInstanceQuery().active()).listPage(0, MOST_NARROWED).stream()
                    .map(p -> p.getId()).collect(Collectors.toSet()));
        }
        if (filter.overdue()) {
            allowed = intersect(allowed, tasks.createTaskQuery().taskDueBefore(new Date()).listPage(0, MOST_NARROWED).stream()
                    .map(Task::getProcessInstanceId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        }
        return allowed;
    }

    private static Set<String> intersect(Set<String> sofar, Set<String> more) {
        if (sofar == null) {
            return more;
        }
        Set<String> both = new HashSet<>(sofar);
        both.retainAll(more);
        return both;
    }

    /** The page's cases with their subject, customer and open steps, in three look-ups for the page. */
    private List<Row> rows(List<HistoricProcessInstance> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        Set<String> ids = cases.stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
        Map<String, Map<String, Object>> variables = new HashMap<>();
        history.createHistoricVariableInstanceQuery().processInstanceIds(ids).list().stream()
                .filter(v -> v.getTaskId() == null)
                .forEach(v -> variables.computeIfAbsent(v.getProcessInstanceId(), any -> new HashMap<>()).put(v.getVariableName(), v.getValue()));
        Map<String, List<String>> waiting = tasks.createTaskQuery().processInstanceIdIn(ids).list().stream()
                .collect(Collectors.groupingBy(Task::getProcessInstanceId, Collectors.mapping(
                        task -> StepNames.step(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName()), Collectors.toList())));
        Set<String> suspended = runtime.createProcessInstanceQuery().processInstanceIds(ids).suspended().list().stream()
                .map(p -> p.getId()).collect(Collectors.toSet());
        return cases.stream().map(c -> {
            Map<String, Object> values = variables.getOrDefault(c.getId(), Map.of());
            CaseState state = CaseState.of(c.getEndTime() != null, suspended.contains(c.getId()), c.getDeleteReason());
            Object customer = values.get(CaseVariables.CUSTOMER_NAME);
            return new Row(c.getId(), c.getBusinessKey(), StepNames.process(c.getProcessDefinitionKey(), c.getProcessDefinitionName()),
                    CaseVariables.subject(values), customer == null ? null : customer.toString(), state,
                    waiting.getOrDefault(c.getId(), List.of()), c.getStartTime().toInstant(),
                    c.getEndTime() == null ? null : c.getEndTime().toInstant());
        }).toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Typed text without the LIKE wildcards, looked for as itself. */
    private static String plain(String text) {
        return text.strip().replace("%", "").replace("_", "");
    }
}

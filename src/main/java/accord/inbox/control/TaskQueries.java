package accord.inbox.control;

import accord.calendar.control.WorkingCalendar;
import accord.casefile.control.CaseVariables;
import accord.inbox.entity.TaskFilter;
import accord.inbox.entity.TaskList;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;

/**
 * The inbox's lists as engine task queries: only ever one page of tasks is loaded, sorted and
 * filtered by the database. Each list is limited to what the person may see.
 */
@ApplicationScoped
public class TaskQueries {

    /** Sortable columns and the engine's order for each. */
    public enum Sort { NAME, CREATED, DUE, PRIORITY, ASSIGNEE }

    @Inject
    TaskService tasks;

    @Inject
    RuntimeService runtime;

    @Inject
    Directory directory;

    @Inject
    WorkingCalendar calendar;

    Clock clock = Clock.systemUTC();

    public long count(Actor actor, TaskList list, TaskFilter filter) {
        TaskQuery query = query(actor, list, filter);
        return query == null ? 0 : query.count();
    }

    public List<Task> page(Actor actor, TaskList list, TaskFilter filter, Sort sort, boolean ascending,
            int first, int size) {
        TaskQuery query = query(actor, list, filter);
        if (query == null) {
            return List.of();
        }
        order(query, sort, ascending);
        return query.listPage(first, size);
    }

    /** The list's query, or null when the list is empty by definition (nothing to look for). */
    TaskQuery query(Actor actor, TaskList list, TaskFilter filter) {
        TaskQuery query = tasks.createTaskQuery().active();
        switch (list) {
            case MINE -> query.taskAssignee(actor.login());
            case TEAM -> {
                if (actor.groups().isEmpty()) {
                    return null;
                }
                query.or().taskCandidateGroupIn(actor.groups()).taskCandidateUser(actor.login()).endOr()
                        .taskUnassigned();
            }
            case INVOLVED -> {
                List<String> cases = involvedCases(actor);
                if (cases.isEmpty()) {
                    return null;
                }
                query.processInstanceIdIn(cases);
            }
            case DEPARTMENT -> {
                if (!actor.headsAny()) {
                    return null;
                }
                Set<String> departments = actor.headOf();
                List<String> members = directory.memberLogins(departments);
                query.or().taskCandidateGroupIn(departments);
                if (!members.isEmpty()) {
                    query.taskAssigneeIds(members);
                }
                query.endOr();
                // Confidential tasks (promotions) are not overseen by heads. NOT IN alone would drop tasks without a category.
                query.or().taskWithoutCategory().taskCategoryNotIn(List.of(TaskFacts.CONFIDENTIAL)).endOr();
            }
        }
        narrow(query, filter == null ? new TaskFilter() : filter);
        return query;
    }

    /**
     * Open cases the person started or took part in. Hand-written SQL: the engine's involvedUser
     * checks every open case's links in turn; this looks the person's links up by their index.
     */
    private List<String> involvedCases(Actor actor) {
        return runtime.createNativeProcessInstanceQuery()
                .sql("SELECT RES.* FROM ACT_RU_EXECUTION RES WHERE RES.PARENT_ID_ IS NULL AND RES.ID_ IN"
                        + " (SELECT L.PROC_INST_ID_ FROM ACT_RU_IDENTITYLINK L WHERE L.USER_ID_ = #{login})")
                .parameter("login", actor.login()).list().stream().map(ProcessInstance::getId).toList();
    }

    private void narrow(TaskQuery query, TaskFilter filter) {
        if (filter.getProcessKey() != null) {
            query.processDefinitionKey(filter.getProcessKey());
        }
        String text = likeText(filter.getText());
        if (text != null) {
            query.or()
                    .processInstanceBusinessKeyLikeIgnoreCase(text)
                    .processVariableValueLikeIgnoreCase(CaseVariables.SUBJECT, text)
                    .taskNameLikeIgnoreCase(text)
                    .endOr();
        }
        if (filter.getPriority() != null) {
            query.taskMinPriority(filter.getPriority().min()).taskMaxPriority(filter.getPriority().max());
        }
        if (filter.getCustomerId() != null) {
            query.processVariableValueEquals(CaseVariables.CUSTOMER_ID, filter.getCustomerId());
        }
        if (filter.getDue() != null) {
            // "Due today" is the business's day, which the inbox also shows by default; never the server's.
            ZonedDateTime now = ZonedDateTime.now(clock.withZone(calendar.zone()));
            ZoneId zone = now.getZone();
            LocalDate today = now.toLocalDate();
            switch (filter.getDue()) {
                case OVERDUE -> query.taskDueBefore(Date.from(now.toInstant()));
                case TODAY -> query.taskDueAfter(date(today.atStartOfDay(zone).minusNanos(1_000_000)))
                        .taskDueBefore(date(today.plusDays(1).atStartOfDay(zone)));
                case THIS_WEEK -> query
                        .taskDueAfter(date(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                                .atStartOfDay(zone).minusNanos(1_000_000)))
                        .taskDueBefore(date(today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atStartOfDay(zone)));
            }
        }
    }

    /** The text as a LIKE pattern, its own wildcards removed; null for no text filter. */
    static String likeText(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.replace("%", "").replace("_", "").trim();
        return plain.isEmpty() ? null : "%" + plain + "%";
    }

    private static Date date(ZonedDateTime time) {
        return Date.from(time.toInstant());
    }

    private static void order(TaskQuery query, Sort sort, boolean ascending) {
        if (sort == null) {
            // Most urgent first: highest priority, then the earliest due date, then the oldest.
            query.orderByTaskPriority().desc().orderByDueDateNullsLast().asc().orderByTaskCreateTime().asc();
            return;
        }
        switch (sort) {
            case NAME -> query.orderByTaskName();
            case CREATED -> query.orderByTaskCreateTime();
            case DUE -> {
                if (ascending) {
                    query.orderByDueDateNullsLast();
                } else {
                    query.orderByDueDateNullsFirst();
                }
            }
            case PRIORITY -> query.orderByTaskPriority();
            case ASSIGNEE -> query.orderByTaskAssignee();
        }
        if (ascending) {
            query.asc();
        } else {
            query.desc();
        }
        query.orderByTaskId().asc();
    }
}

package accord.complaint.control;

import accord.complaint.entity.Category;
import accord.complaint.entity.Complaint;
import accord.complaint.entity.ComplaintStatus;
import accord.complaint.entity.Severity;
import accord.organisation.control.Actor;
import accord.organisation.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The complaint register's queries: one page at a time, filtered and sorted in the database, and
 * limited to what the person may see. Customer service, sales directors and ADMIN see every
 * complaint; a department's staff those routed to their department; an account manager their
 * customers'; nobody else any.
 */
@ApplicationScoped
public class ComplaintRegister {

    /** Sortable columns. */
    public enum Sort { NUMBER, REGISTERED, SEVERITY, STATUS, RESOLVE_DUE }

    // The account manager is an outer join: customers without one still show to their department.
    private static final String FROM = " from Complaint c join c.customer cu left join cu.accountManager am";

    @PersistenceContext
    EntityManager em;

    public static boolean seesAll(Actor actor) {
        return actor.admin() || actor.isIn(Role.CUSTOMER_SERVICE.name()) || actor.isIn(Role.SALES_DIRECTOR.name());
    }

    /** The complaint with this number, if the person may see it. */
    public java.util.Optional<Complaint> visible(Actor actor, String number) {
        return visibleWhere(actor, "c.number = :key", number);
    }

    /** The complaint of this case, if the person may see it. */
    public java.util.Optional<Complaint> visibleCase(Actor actor, String processInstanceId) {
        return visibleWhere(actor, "c.processInstanceId = :key", processInstanceId);
    }

    private java.util.Optional<Complaint> visibleWhere(Actor actor, String condition, String key) {
        if (key == null) {
            return java.util.Optional.empty();
        }
        Where visible = where(actor, new RegisterFilter(), ZoneOffset.UTC);
        TypedQuery<Complaint> query = em.createQuery("select c" + FROM
                + (visible.jpql.isEmpty() ? " where " : visible.jpql + " and ") + condition, Complaint.class);
        visible.parameters.forEach(query::setParameter);
        return query.setParameter("key", key).getResultStream().findFirst();
    }

    public long count(Actor actor, RegisterFilter filter, ZoneId zone) {
        Where where = where(actor, filter, zone);
        TypedQuery<Long> query = em.createQuery("select count(c)" + FROM + where.jpql, Long.class);
        where.parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    public List<Complaint> page(Actor actor, RegisterFilter filter, ZoneId zone, Sort sort, boolean ascending,
            int first, int size) {
        Where where = where(actor, filter, zone);
        String order = switch (sort == null ? Sort.REGISTERED : sort) {
            case NUMBER -> "c.number";
            case REGISTERED -> "c.registeredAt";
            case SEVERITY -> "c.severity";
            case STATUS -> "c.status";
            case RESOLVE_DUE -> "c.resolveDue";
        };
        boolean up = sort == null ? false : ascending;
        TypedQuery<Complaint> query = em.createQuery("select c" + FROM + where.jpql
                + " order by " + order + (up ? " asc" : " desc") + ", c.id desc", Complaint.class);
        where.parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** The figures above the register, over the complaints the person may see. */
    public record Stats(Map<Severity, Long> openBySeverity, long closedLast30Days,
            long onTimeLast30Days, Duration meanTimeToResolve, Double averageSatisfaction,
            List<Map.Entry<Category, Long>> topCategories) {

        /** Share of the last 30 days' closed complaints resolved in time; null when none closed. */
        public Double slaCompliance() {
            return closedLast30Days == 0 ? null : (double) onTimeLast30Days / closedLast30Days;
        }
    }

    public Stats stats(Actor actor, ZoneId zone) {
        Where visible = where(actor, new RegisterFilter(), zone);
        String and = visible.jpql.isEmpty() ? " where " : visible.jpql + " and ";
        LocalDateTime since = LocalDateTime.ofInstant(Instant.now().minus(Duration.ofDays(30)), ZoneOffset.UTC);

        Map<Severity, Long> open = new EnumMap<>(Severity.class);
        TypedQuery<Object[]> bySeverity = em.createQuery("select c.severity, count(c)" + FROM + and
                + "c.status in :open group by c.severity", Object[].class);
        visible.parameters.forEach(bySeverity::setParameter);
        bySeverity.setParameter("open", ComplaintStatus.OPEN);
        bySeverity.getResultList().forEach(r -> open.put((Severity) r[0], (Long) r[1]));

        TypedQuery<Object[]> closed = em.createQuery("select c.registeredAt, c.closedAt, c.breached, c.satisfaction" + FROM
                + and + "c.status = :closed and c.closedAt >= :since", Object[].class);
        visible.parameters.forEach(closed::setParameter);
        List<Object[]> rows = closed.setParameter("closed", ComplaintStatus.CLOSED)
                .setParameter("since", since).getResultList();
        long onTime = rows.stream().filter(r -> !((Boolean) r[2])).count();
        Duration mean = rows.isEmpty() ? null : Duration.ofSeconds((long) rows.stream()
                .mapToLong(r -> Duration.between((LocalDateTime) r[0], (LocalDateTime) r[1]).getSeconds())
                .average().orElse(0));
        Double satisfaction = rows.stream().filter(r -> r[3] != null).mapToInt(r -> (Integer) r[3]).average().stream()
                .boxed().findFirst().orElse(null);

        TypedQuery<Object[]> byCategory = em.createQuery("select c.category, count(c)" + FROM + and
                + "c.registeredAt >= :since group by c.category order by count(c) desc", Object[].class);
        visible.parameters.forEach(byCategory::setParameter);
        List<Map.Entry<Category, Long>> top = byCategory.setParameter("since", since)
                .setMaxResults(5).getResultList().stream()
                .map(r -> Map.entry((Category) r[0], (Long) r[1])).toList();
        return new Stats(open, rows.size(), onTime, mean, satisfaction, top);
    }

    /** The JPQL condition for what the person may see and what the filter asks for. */
    private static Where where(Actor actor, RegisterFilter filter, ZoneId zone) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!seesAll(actor)) {
            conditions.add("(c.departmentCode in :myDepartments or am.login = :me)");
            parameters.put("myDepartments", actor.groups().isEmpty() ? List.of("-") : actor.groups());
            parameters.put("me", actor.login());
        }
        if (filter.getStatus() != null) {
            conditions.add("c.status = :status");
            parameters.put("status", filter.getStatus());
        }
        if (filter.getSeverity() != null) {
            conditions.add("c.severity = :severity");
            parameters.put("severity", filter.getSeverity());
        }
        if (filter.getCategory() != null) {
            conditions.add("c.category = :category");
            parameters.put("category", filter.getCategory());
        }
        if (filter.getCustomerId() != null) {
            conditions.add("cu.id = :customer");
            parameters.put("customer", filter.getCustomerId());
        }
        if (filter.getDepartment() != null && !filter.getDepartment().isBlank()) {
            conditions.add("c.departmentCode = :department");
            parameters.put("department", filter.getDepartment());
        }
        if (filter.getLate() != null) {
            // Late: closed after the deadline, or open and past it (a paused clock is not late).
            String late = "(c.breached = true or (c.closedAt is null and c.pausedAt is null and c.resolveDue < :now))";
            conditions.add(filter.getLate() ? late : "not " + late);
            parameters.put("now", LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
        }
        if (filter.getFrom() != null) {
            conditions.add("c.registeredAt >= :from");
            parameters.put("from", utc(filter.getFrom(), zone));
        }
        if (filter.getTo() != null) {
            conditions.add("c.registeredAt < :to");
            parameters.put("to", utc(filter.getTo().plusDays(1), zone));
        }
        String text = filter.getText() == null ? "" : filter.getText().replace("%", "").replace("_", "").strip();
        if (!text.isEmpty()) {
            conditions.add("(lower(c.number) like :text or lower(c.subject) like :text or lower(cu.name) like :text)");
            parameters.put("text", "%" + text.toLowerCase() + "%");
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
    }

    private static LocalDateTime utc(java.time.LocalDate day, ZoneId zone) {
        return LocalDateTime.ofInstant(day.atStartOfDay(zone).toInstant(), ZoneOffset.UTC);
    }

    private record Where(String jpql, Map<String, Object> parameters) {
    }
}

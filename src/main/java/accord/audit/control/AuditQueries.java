package accord.audit.control;

import accord.platform.entity.AuditAction;
import accord.platform.entity.AuditEntry;
import accord.platform.entity.UtcTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The audit trail as ADMIN reads it: newest first, filtered, a page at a time or whole for a file. */
@ApplicationScoped
public class AuditQueries {

    /** The most lines a file holds: a wider filter is asked to narrow down first. */
    public static final int MOST_IN_A_FILE = 50_000;

    @PersistenceContext
    EntityManager em;

    /**
     * What to look for; every part may be null. {@code from} and {@code until} are moments (the page
     * turns the person's days into them), {@code until} excluded; {@code text} is looked for in the
     * subject and the detail, {@code actor} is a login.
     */
    public record Filter(Instant from, Instant until, String actor, AuditAction action, String text) {
        public static final Filter NONE = new Filter(null, null, null, null, null);
    }

    public List<AuditEntry> page(Filter filter, int first, int size) {
        return query("select e from AuditEntry e", filter, " order by e.at desc, e.id desc", AuditEntry.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(Filter filter) {
        return query("select count(e) from AuditEntry e", filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, Filter filter, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.from() != null) {
            where.add("e.at >= :from");
            parameters.put("from", UtcTime.utc(filter.from()));
        }
        if (filter.until() != null) {
            where.add("e.at < :until");
            parameters.put("until", UtcTime.utc(filter.until()));
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.add("e.actor = :actor");
            parameters.put("actor", filter.actor().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.action() != null) {
            where.add("e.action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(lower(e.subject) like :text escape '\\' or lower(e.detail) like :text escape '\\')");
            parameters.put("text", "%" + likeEscaped(filter.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        TypedQuery<T> query = em.createQuery(select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** A typed % or _ is looked for as itself. */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

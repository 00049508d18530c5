package accord.complaint.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Year;

/**
 * Readable complaint numbers, {@code CMP-2026-000123}: the year of registration and a database
 * sequence. The sequence never hands out a value twice, also to concurrent transactions and on
 * every cluster node; a registration that rolls back leaves a gap, which is never reused.
 */
@ApplicationScoped
public class ComplaintNumbers {

    @PersistenceContext
    EntityManager em;

    public String next(Year year) {
        // nextval('…') is understood by PostgreSQL and H2 alike.
        long value = ((Number) em.createNativeQuery("select nextval('complaint_number_seq')").getSingleResult()).longValue();
        return format(year, value);
    }

    static String format(Year year, long value) {
        return String.format("CMP-%d-%06d", year.getValue(), value);
    }
}

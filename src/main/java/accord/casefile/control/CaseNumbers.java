package accord.casefile.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Year;

/**
 * Readable case numbers, {@code CMP-2026-000123}: a prefix per workflow, the year and a database
 * sequence. The sequence never hands out a value twice, also to concurrent transactions and on
 * every cluster node; a start that rolls back leaves a gap, which is never reused.
 */
@ApplicationScoped
public class CaseNumbers {

    /** A workflow's numbers: its prefix and the database sequence that counts them (a Flyway migration). */
    public enum Series {
        COMPLAINT("CMP", "complaint_number_seq"),
        HANDOFF("HND", "handoff_number_seq"),
        REVIEW("KAR", "review_number_seq"),
        PROMOTION("PRM", "nomination_number_seq"),
        PROPOSAL("CUP", "proposal_number_seq");

        private final String prefix;
        private final String sequence;

        Series(String prefix, String sequence) {
            this.prefix = prefix;
            this.sequence = sequence;
        }
    }

    @PersistenceContext
    EntityManager em;

    public String next(Series series, Year year) {
        // nextval('…') is understood by PostgreSQL and H2 alike; the name is one of ours, never input.
        long value = ((Number) em.createNativeQuery("select nextval('" + series.sequence + "')").getSingleResult()).longValue();
        return format(series, year, value);
    }

    static String format(Series series, Year year, long value) {
        return String.format("%s-%d-%06d", series.prefix, year.getValue(), value);
    }
}

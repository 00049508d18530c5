package accord.security.control;

import accord.security.entity.FailedSignIns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Slows down guessing: failed sign-ins are counted per login in the database (shared by every
 * cluster node) and the account must wait longer after each failure beyond the first few.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    MetricRegistry metrics;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Duration waitBeforeNextAttempt(String login) {
        FailedSignIns record = em.find(FailedSignIns.class, key(login));
        return record == null ? Duration.ZERO : record.waitAt(Instant.now(clock));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String login) {
        String key = key(login);
        FailedSignIns record = em.find(FailedSignIns.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (record == null) {
            record = new FailedSignIns(key);
            em.persist(record);
        }
        record.fail(Instant.now(clock));
        metrics.counter("accord.signin.failures").inc();
        int failures = record.failures();
        LOG.warning(() -> "Failed sign-in for '" + key + "' (" + failures + " in a row)");
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSuccess(String login) {
        FailedSignIns record = em.find(FailedSignIns.class, key(login));
        if (record != null) {
            em.remove(record);
        }
    }

    private static String key(String login) {
        String trimmed = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > 60 ? trimmed.substring(0, 60) : trimmed;
    }
}

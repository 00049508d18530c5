package accord.security.control;

import accord.platform.control.ClientAddress;
import accord.platform.control.LogText;
import accord.security.entity.FailedSignIns;
import accord.security.entity.ThrottlePolicy;
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
 * Slows down guessing. Failed sign-ins are counted in the database (shared by every cluster node)
 * twice: per login at the client's address, and per address over every login. A login waits
 * longer after each failure beyond the first few, but only at the address that failed: a
 * colleague typing wrong passwords for someone elsewhere does not lock them out. An address that
 * fails across many logins (password spraying) waits too, after more failures (a shared desk
 * mistypes). Guessing one login from many addresses is slowed at each of them and every failure is
 * in the audit trail with its address: on an intranet behind one balancer that is few addresses.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    MetricRegistry metrics;

    Clock clock = Clock.systemUTC();

    /** How long the next attempt for this login from this request's client must wait (zero: now). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Duration waitBeforeNextAttempt(String login) {
        Instant now = Instant.now(clock);
        Duration ofLogin = waitOf(loginKey(login), now);
        Duration ofAddress = address() == null ? Duration.ZERO : waitOf(addressKey(), now);
        return ofLogin.compareTo(ofAddress) >= 0 ? ofLogin : ofAddress;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String login) {
        Instant now = Instant.now(clock);
        int failures = fail(loginKey(login), now, ThrottlePolicy.FREE_FAILURES);
        if (address() != null) { // a sign-in outside a request (a test, a tool) is no address's doing
            fail(addressKey(), now, freeFailuresPerAddress());
        }
        metrics.counter("accord.signin.failures").inc();
        LOG.warning(() -> "Failed sign-in for '" + LogText.of(normalised(login)) + "' from " + LogText.of(address()) + " (" + failures + " in a row)");
    }

    /** The login signed in (or got a new password): its failures at this address are forgotten. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSuccess(String login) {
        FailedSignIns record = em.find(FailedSignIns.class, loginKey(login));
        if (record != null) {
            em.remove(record);
        }
    }

    /** Forgets every failure of this login, at every address (a new password was given). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forgetLogin(String login) {
        em.createQuery("delete from FailedSignIns f where f.key like :prefix escape '\\'")
                .setParameter("prefix", normalised(login).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "|%")
                .executeUpdate();
    }

    private Duration waitOf(String key, Instant now) {
        FailedSignIns record = em.find(FailedSignIns.class, key);
        return record == null ? Duration.ZERO : record.waitAt(now);
    }

    private int fail(String key, Instant now, int free) {
        FailedSignIns record = em.find(FailedSignIns.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (record == null) {
            record = new FailedSignIns(key);
            em.persist(record);
        }
        record.fail(now, free);
        return record.failures();
    }

    static String loginKey(String login) {
        return normalised(login) + "|" + (address() == null ? "unknown" : address());
    }

    static String addressKey() {
        return "*|" + address();
    }

    /** The client's address, or null outside a request. */
    private static String address() {
        String address = ClientAddress.current();
        return address == null || address.isBlank() ? null : address.length() > 45 ? address.substring(0, 45) : address;
    }

    /**
     * {@code accord.signin.free-failures-per-address} (10): failures of one address over every login
     * before it must wait; more where many people share an address the portal cannot see past.
     */
    private static int freeFailuresPerAddress() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("accord.signin.free-failures-per-address", Integer.class).orElse(ThrottlePolicy.FREE_FAILURES_OF_AN_ADDRESS);
    }

    private static String normalised(String login) {
        String trimmed = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > 60 ? trimmed.substring(0, 60) : trimmed;
    }
}

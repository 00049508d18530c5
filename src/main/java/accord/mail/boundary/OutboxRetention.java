package accord.mail.boundary;

import accord.mail.entity.MailState;
import accord.platform.entity.UtcTime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The outbox does not grow for ever: once a night, mails done with (sent, told in a digest, failed,
 * never to be sent) older than {@code accord.mail.keep-days} (90 by default) are deleted. Mails
 * still waiting are kept whatever their age. Decision links that ran out that long ago go too (until
 * then a used or expired link still says so rather than "unknown"). Running on several nodes at once deletes the same rows.
 */
@Singleton
public class OutboxRetention {

    private static final Logger LOG = Logger.getLogger(OutboxRetention.class.getName());
    private static final List<MailState> DONE = List.of(MailState.SENT, MailState.IN_DIGEST, MailState.FAILED,
            MailState.NO_SERVER, MailState.NO_ADDRESS);

    @PersistenceContext
    EntityManager em;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void nightly() {
        forget(Instant.now());
    }

    /** Deletes what is done with and older than the keeping time at this moment; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int forget(Instant now) {
        int days = ConfigProvider.getConfig().getOptionalValue("accord.mail.keep-days", Integer.class).orElse(90);
        var before = UtcTime.utc(now.minus(Duration.ofDays(days)));
        int deleted = em.createQuery("delete from OutboxMail m where m.state in :done and m.createdAt < :before")
                .setParameter("done", DONE).setParameter("before", before).executeUpdate();
        em.createQuery("delete from DecisionLink l where l.expiresAt < :before").setParameter("before", before).executeUpdate();
        if (deleted > 0) {
            LOG.info(() -> "Outbox: " + deleted + " mails older than " + days + " days deleted");
        }
        return deleted;
    }
}

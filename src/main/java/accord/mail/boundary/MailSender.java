package accord.mail.boundary;

import accord.mail.control.MailSettings;
import accord.mail.control.SmtpTransport;
import accord.mail.entity.OutboxMail;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Sends the outbox over SMTP after commit, every ten seconds on every node: each due mail is
 * claimed first (so it goes out once), sent outside any transaction, then marked sent, or failed
 * with its next attempt pushed back. Nothing happens while no mail server is configured.
 */
@Singleton
// Container-managed: one round at a time. Payara keeps the connections a bean opens in its
// instance's list and lets go of the whole list at each commit; two threads in one singleton
// instance would let go of each other's connections (see workflow's JobInvocation).
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private static final int BATCH = 50;

    @Inject
    OutboxStore store;

    @Inject
    MetricRegistry metrics;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void onSchedule() {
        if (MailSettings.current().sending()) {
            try {
                sendDue();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Sending the outbox failed; the next round tries again", e);
            }
        }
    }

    /** Sends what is due now; returns how many went out. */
    public int sendDue() {
        MailSettings settings = MailSettings.current();
        if (settings.host().isEmpty()) {
            return 0;
        }
        int sent = 0;
        List<Long> due;
        do {
            due = store.due(Instant.now(), BATCH);
            for (long id : due) {
                var claimed = store.claim(id, Instant.now());
                if (claimed.isPresent() && send(claimed.get(), settings)) {
                    sent++;
                }
            }
            // Until a batch is not full: what failed waits for its next attempt and is not due again now.
        } while (due.size() == BATCH);
        return sent;
    }

    private boolean send(OutboxMail mail, MailSettings settings) {
        try {
            SmtpTransport.send(mail, settings);
            store.sent(mail.getId(), Instant.now());
            metrics.counter("accord.mails.sent").inc();
            return true;
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.INFO, e, () -> "Mail " + mail.getId() + " to " + mail.getRecipient() + " not sent; tried again later");
            metrics.counter("accord.mails.failed").inc();
            store.failed(mail.getId(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), Instant.now());
            return false;
        }
    }
}

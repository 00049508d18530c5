package accord.mail.boundary;

import accord.mail.control.MailSettings;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every quarter of an hour on every node, writes the digests whose hour has come (each person's own transaction). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestRound {

    private static final Logger LOG = Logger.getLogger(DigestRound.class.getName());

    @Inject
    Digests digests;

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    void onSchedule() {
        if (MailSettings.current().sending()) {
            run(Instant.now());
        }
    }

    /** Writes every digest due at this moment; returns how many. */
    public int run(Instant now) {
        int written = 0;
        for (String login : digests.waiting()) {
            try {
                if (digests.digestOf(login, now)) {
                    written++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, e, () -> "No digest of " + login + " now (written elsewhere?)");
            }
        }
        return written;
    }
}

package accord.ldap.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every five minutes on every node, asks whether a synchronisation is due (the interval is
 * {@code accord.ldap.sync-minutes}); the sync row's lock and its last finish time let one node run it.
 */
@Singleton
public class SyncSchedule {

    private static final Logger LOG = Logger.getLogger(SyncSchedule.class.getName());

    @Inject
    DirectorySync sync;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void synchroniseWhenDue() {
        try {
            sync.whenDue(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The scheduled directory synchronisation failed; the next one tries again", e);
        }
    }
}

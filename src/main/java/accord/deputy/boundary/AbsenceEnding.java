package accord.deputy.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Ends absences whose last day has passed, a few minutes into every hour, so that the tasks held
 * by deputies go back the first hour after the person returns. Not persistent: every cluster node
 * runs it; when two end the same absence at once, its version lets one commit and the other roll back.
 */
@Singleton
public class AbsenceEnding {

    private static final Logger LOG = Logger.getLogger(AbsenceEnding.class.getName());

    @Inject
    OutOfOffice outOfOffice;

    @Schedule(hour = "*", minute = "5", persistent = false)
    void endThoseOver() {
        int ended = outOfOffice.endThoseOver();
        if (ended > 0) {
            LOG.info(() -> ended + " absence(s) ended; their open tasks went back");
        }
    }
}

package accord.deputy.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Ends absences whose last day has passed, a few minutes into every hour, so that the tasks held
 * by deputies go back the first hour after the person returns. Not persistent: every cluster node
 * runs it. Each absence ends in a transaction of its own under a row lock, so two nodes' rounds
 * take turns on it and only the first gives its tasks back.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AbsenceEnding {

    private static final Logger LOG = Logger.getLogger(AbsenceEnding.class.getName());

    @Inject
    OutOfOffice outOfOffice;

    @Schedule(hour = "*", minute = "5", persistent = false)
    void hourly() {
        endThoseOver();
    }

    /** Ends every absence that is over; returns how many this call ended (another node may have ended others). */
    public int endThoseOver() {
        int ended = 0;
        for (long absence : outOfOffice.over()) {
            if (outOfOffice.endIfOver(absence)) {
                ended++;
            }
        }
        if (ended > 0) {
            int count = ended;
            LOG.info(() -> count + " absence(s) ended; their open tasks went back");
        }
        return ended;
    }
}

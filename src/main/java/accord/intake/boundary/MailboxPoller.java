package accord.intake.boundary;

import accord.intake.control.IntakeSettings;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Every minute, on every node where {@code accord.intake.polling} is on, a round of the service mailbox (if one is set). */
@Singleton
public class MailboxPoller {

    @Inject
    MailboxRound round;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void poll() {
        if (IntakeSettings.current().polling()) {
            round.run();
        }
    }
}

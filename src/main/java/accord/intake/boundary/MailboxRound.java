package accord.intake.boundary;

import accord.intake.control.IntakeSettings;
import accord.intake.control.MailReader;
import accord.intake.control.Mailbox;
import accord.intake.control.ReceivedMail;
import accord.platform.control.LogText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One reading of the service mailbox: each unseen mail taken in its own transaction, and marked
 * seen once that committed (or once another node is found to have taken it). A mail that could not
 * be taken stays unseen and is tried at the next round. Rounds of several nodes may overlap: the
 * mail's unique Message-ID decides who takes it.
 */
@ApplicationScoped
public class MailboxRound {

    private static final Logger LOG = Logger.getLogger(MailboxRound.class.getName());

    @Inject
    MailIntake intake;

    /** What became of the mails read in this round; empty when no mailbox is set. */
    public Map<MailIntake.Outcome, Integer> run() {
        IntakeSettings settings = IntakeSettings.current();
        Map<MailIntake.Outcome, Integer> outcomes = new EnumMap<>(MailIntake.Outcome.class);
        if (settings.host().isEmpty()) {
            return outcomes;
        }
        try (Mailbox mailbox = Mailbox.open(settings)) {
            for (Message message : mailbox.unseen()) {
                take(mailbox, message, settings).ifPresent(outcome -> outcomes.merge(outcome, 1, Integer::sum));
            }
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "The service mailbox " + settings.user() + "@" + settings.host().get() + " could not be read: " + e);
        }
        return outcomes;
    }

    private java.util.Optional<MailIntake.Outcome> take(Mailbox mailbox, Message message, IntakeSettings settings) {
        ReceivedMail received;
        try {
            received = MailReader.read((MimeMessage) message);
        } catch (MessagingException | IOException e) {
            LOG.log(Level.WARNING, "A mail of the service mailbox cannot be read; it stays there unseen", e);
            return java.util.Optional.empty();
        }
        try {
            MailIntake.Outcome outcome = intake.take(received, settings.registeredBy());
            mailbox.seen(message);
            return java.util.Optional.of(outcome);
        } catch (RuntimeException | MessagingException e) {
            if (intake.takenBefore(received.messageId())) {
                seen(mailbox, message);
                return java.util.Optional.of(MailIntake.Outcome.TAKEN_BEFORE);
            }
            LOG.log(Level.WARNING, "Mail " + LogText.of(received.messageId()) + " could not be taken; it is tried again at the next round", e);
            return java.util.Optional.empty();
        }
    }

    private static void seen(Mailbox mailbox, Message message) {
        try {
            mailbox.seen(message);
        } catch (MessagingException e) {
            LOG.log(Level.INFO, "Marking a mail seen failed; the next round finds it taken", e);
        }
    }
}

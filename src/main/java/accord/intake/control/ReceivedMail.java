package accord.intake.control;

import accord.casefile.control.NewFile;
import java.time.Instant;
import java.util.List;

/**
 * A customer's mail as read from the mailbox: its Message-ID (or, lacking one, a fingerprint of its
 * content), the ids it answers (In-Reply-To, References), the sender, subject, text and files.
 */
public record ReceivedMail(String messageId, List<String> answers, String senderAddress, String senderName, String subject,
        String text, List<NewFile> files, Instant receivedAt) {
}

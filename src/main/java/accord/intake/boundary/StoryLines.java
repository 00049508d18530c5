package accord.intake.boundary;

import accord.intake.control.ReceivedMail;
import accord.platform.control.Text;
import java.util.List;
import java.util.Locale;

/**
 * What the intake writes into a complaint's story. The story keeps words as written, so these are
 * written once, in the company's language (Chinese), like a colleague's comment.
 */
final class StoryLines {

    private static final Locale COMPANY = Locale.SIMPLIFIED_CHINESE;

    private StoryLines() {
    }

    /** A customer's reply: who wrote, the subject and the text. */
    static String reply(ReceivedMail received) {
        return Text.in(COMPANY, () -> Text.of("intake.story.reply", MailIntake.sender(received), received.subject())) + "\n" + received.text();
    }

    /** A mail too long for the complaint's fields, whole. */
    static String wholeText(ReceivedMail received) {
        return Text.in(COMPANY, () -> Text.of("intake.story.whole")) + "\n" + received.subject() + "\n\n" + received.text();
    }

    /** The files of a mail the file rules refused (type, size, or more than a case takes at once). */
    static String filesLeft(List<String> names) {
        return Text.in(COMPANY, () -> Text.of("intake.story.filesLeft", String.join(", ", names)));
    }
}

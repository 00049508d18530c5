package accord.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.mail.control.Draft;
import accord.mail.control.MailComposer;
import accord.mail.control.MailSettings;
import accord.mail.entity.OutboxMail;
import accord.platform.control.Text;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What people typed goes into a mail as text: never markup in the HTML part, never a second header in the subject. */
class MailComposerTest {

    private static final MailSettings SETTINGS = new MailSettings(Optional.empty(), 25, "none", Optional.empty(), Optional.empty(),
            "accord@accord.test", "https://accord.test/", true);

    private static OutboxMail.Letter letter(String subject, String value) {
        return Text.in(Locale.ENGLISH, () -> MailComposer.letter(new Draft(subject, "Intro <b>", List.of(new Draft.Fact("Case", value)),
                "Open", "inbox/task.xhtml?id=7"), SETTINGS));
    }

    @Test
    void typedTextIsEscapedInTheHtmlAndKeptAsTypedInThePlainPart() {
        OutboxMail.Letter letter = letter("Task", "<script>alert('x')</script> & \"quotes\"");
        assertFalse(letter.html().contains("<script>"), letter.html());
        assertTrue(letter.html().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"), letter.html());
        assertTrue(letter.text().contains("<script>alert('x')</script> & \"quotes\""), "the plain part as typed");
        assertEquals("https://accord.test/inbox/task.xhtml?id=7", letter.link());
        assertTrue(letter.html().contains("href=\"https://accord.test/inbox/task.xhtml?id=7\""));
        assertTrue(letter.text().contains("Accord, the sales workflow portal."), "the footer in the reader's language");
    }

    @Test
    void aSubjectStaysOneLine() {
        assertEquals("Task: line one line two Bcc: x@y", letter("Task: line one\r\nline two\nBcc: x@y", "v").subject());
    }
}

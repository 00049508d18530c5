package accord.intake.control;

import accord.casefile.control.NewFile;
import accord.platform.control.Secrets;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a MIME message as the intake needs it: the plain text (else the HTML's text), the files
 * attached (names decoded), the ids it answers. Nothing of the HTML is kept as markup.
 */
public final class MailReader {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

    private MailReader() {
    }

    public static ReceivedMail read(MimeMessage message) throws MessagingException, IOException {
        Address[] from = message.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress sender)) {
            throw new MessagingException("A mail without a sender");
        }
        List<String> answers = new ArrayList<>();
        for (String header : List.of("In-Reply-To", "References")) {
            String[] values = message.getHeader(header);
            if (values != null) {
                for (String value : values) {
                    Matcher id = MESSAGE_ID.matcher(value);
                    while (id.find()) {
                        answers.add(id.group());
                    }
                }
            }
        }
        Content content = new Content();
        content.walk(message);
        String text = content.plain != null ? content.plain : content.html != null ? textOf(content.html) : "";
        String subject = message.getSubject() == null ? "" : message.getSubject().strip();
        Instant received = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.now();
        String id = message.getMessageID() != null ? message.getMessageID().strip()
                : "<" + Secrets.sha256Hex(sender.getAddress() + "\n" + received + "\n" + subject + "\n" + text) + "@accord>";
        return new ReceivedMail(id, answers, sender.getAddress().strip(), sender.getPersonal(), subject, text.strip(), content.files,
                received);
    }

    /** The first plain text and the first HTML that are not attachments, and every attached file. */
    private static final class Content {
        String plain;
        String html;
        final List<NewFile> files = new ArrayList<>();

        void walk(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child);
                }
            } else if (part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                files.add(new NewFile(fileName(part), part.getInputStream().readAllBytes()));
            } else if (part.isMimeType("text/plain") && plain == null) {
                plain = part.getContent().toString();
            } else if (part.isMimeType("text/html") && html == null) {
                html = part.getContent().toString();
            }
        }

        private static String fileName(Part part) throws MessagingException {
            String name = part.getFileName();
            if (name == null) {
                return "attachment";
            }
            try {
                return MimeUtility.decodeText(name);
            } catch (UnsupportedEncodingException e) {
                return name;
            }
        }
    }

    /** An HTML mail's words: no scripts or styles, tags gone, line breaks kept, the common entities read. */
    static String textOf(String html) {
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>|</tr>", "\n")
                .replaceAll("<[^>]*>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&")
                .replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
    }
}

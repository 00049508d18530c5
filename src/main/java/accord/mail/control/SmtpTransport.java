package accord.mail.control;

import accord.mail.entity.OutboxMail;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Sends one mail of the outbox over SMTP as the settings say: plain text and HTML, UTF-8. */
public final class SmtpTransport {

    private static final String TIMEOUT_MS = "20000";

    private SmtpTransport() {
    }

    public static void send(OutboxMail mail, MailSettings settings) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host().orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        properties.put("mail.smtp.timeout", TIMEOUT_MS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MS);
        properties.put("mail.smtp.starttls.enable", String.valueOf("starttls".equals(settings.security())));
        properties.put("mail.smtp.starttls.required", String.valueOf("starttls".equals(settings.security())));
        properties.put("mail.smtp.ssl.enable", String.valueOf("tls".equals(settings.security())));
        properties.put("mail.smtp.auth", String.valueOf(settings.user().isPresent()));
        Authenticator account = settings.user().isEmpty() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user().get(), settings.password().orElse(""));
            }
        };
        MimeMessage message = new MimeMessage(Session.getInstance(properties, account));
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getAddress()));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("Content-Language", mail.getLanguage());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getText(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(mail.getHtml(), "text/html; charset=UTF-8");
        MimeMultipart alternatives = new MimeMultipart("alternative", text, html);
        if (mail.getCalendar() != null) {
            // The meeting as a calendar entry: mail programs offer to add it to the calendar.
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setContent(mail.getCalendar(), "text/calendar; charset=UTF-8; method=PUBLISH");
            alternatives.addBodyPart(calendar);
        }
        message.setContent(alternatives);
        Transport.send(message);
    }
}

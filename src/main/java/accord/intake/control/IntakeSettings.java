package accord.intake.control;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The service mailbox ({@code accord.intake.*}), read at each poll so that a changed value counts
 * without a redeployment. Off unless a host is set.
 *
 * @param host         the IMAP server; empty: no mailbox is polled
 * @param port         143 (none, STARTTLS) or 993 (TLS)
 * @param security     {@code none}, {@code starttls} or {@code tls}
 * @param user         the mailbox's account
 * @param password     its password
 * @param folder       the folder to read ({@code INBOX})
 * @param registeredBy the name complaints from mail are registered in (their history shows it)
 * @param polling      whether this node's timer polls (tests poll by hand)
 */
public record IntakeSettings(Optional<String> host, int port, String security, String user, String password, String folder,
        String registeredBy, boolean polling) {

    public static IntakeSettings current() {
        Config config = ConfigProvider.getConfig();
        String security = config.getOptionalValue("accord.intake.security", String.class).orElse("none").strip().toLowerCase();
        return new IntakeSettings(config.getOptionalValue("accord.intake.host", String.class).map(String::strip).filter(h -> !h.isEmpty()),
                config.getOptionalValue("accord.intake.port", Integer.class).orElse("tls".equals(security) ? 993 : 143), security,
                config.getOptionalValue("accord.intake.user", String.class).orElse(""),
                config.getOptionalValue("accord.intake.password", String.class).orElse(""),
                config.getOptionalValue("accord.intake.folder", String.class).orElse("INBOX"),
                config.getOptionalValue("accord.intake.registered-by", String.class).orElse("mailbox"),
                config.getOptionalValue("accord.intake.polling", Boolean.class).orElse(true));
    }
}

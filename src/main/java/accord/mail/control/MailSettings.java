package accord.mail.control;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The SMTP server and the links in mails ({@code accord.mail.*}), read at each use so that a
 * changed value counts without a redeployment.
 *
 * @param host      the SMTP server; empty: no mail server, mails stay in the outbox unsent
 * @param port      25, 587 (STARTTLS) or 465 (TLS)
 * @param security  {@code none}, {@code starttls} or {@code tls}
 * @param user      the SMTP account, if the server wants one (with {@code accord.mail.password})
 * @param from      the sender's address ({@code accord@example.com})
 * @param baseUrl   the portal as people reach it, for links ({@code https://accord.example.com/})
 * @param sending   whether this node's timer sends (tests send by hand)
 */
public record MailSettings(Optional<String> host, int port, String security, Optional<String> user, Optional<String> password,
        String from, String baseUrl, boolean sending) {

    public static MailSettings current() {
        Config config = ConfigProvider.getConfig();
        String security = config.getOptionalValue("accord.mail.security", String.class).orElse("none").strip().toLowerCase();
        int defaultPort = switch (security) {
            case "tls" -> 465;
            case "starttls" -> 587;
            default -> 25;
        };
        String base = config.getOptionalValue("accord.mail.base-url", String.class).orElse("http://localhost:8080/").strip();
        return new MailSettings(config.getOptionalValue("accord.mail.host", String.class).map(String::strip).filter(h -> !h.isEmpty()),
                config.getOptionalValue("accord.mail.port", Integer.class).orElse(defaultPort), security,
                config.getOptionalValue("accord.mail.user", String.class).filter(u -> !u.isBlank()),
                config.getOptionalValue("accord.mail.password", String.class),
                config.getOptionalValue("accord.mail.from", String.class).orElse("accord@localhost"),
                base.endsWith("/") ? base : base + "/",
                config.getOptionalValue("accord.mail.sending", Boolean.class).orElse(true));
    }

    /** The portal page at this path (without a leading slash), as a link in a mail. */
    public String link(String path) {
        return baseUrl + (path.startsWith("/") ? path.substring(1) : path);
    }
}

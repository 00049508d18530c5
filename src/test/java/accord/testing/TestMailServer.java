package accord.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * Test-only, inside the shared in-container deployment: a real SMTP server (GreenMail) on
 * 127.0.0.1:33025, which the deployment's {@code accord.mail.*} settings point at, and the same
 * GreenMail's IMAP on 33143 holding the service mailbox ({@code accord.intake.*}). Tests read what
 * arrived, and stop and start it to see the portal without its mail server.
 */
@Startup
@Singleton
public class TestMailServer {

    public static final int SMTP_PORT = 33025;
    public static final int IMAP_PORT = 33143;
    /** The service mailbox customers write to, read by the intake over IMAP. */
    public static final String MAILBOX = "service@accord.test";
    public static final String MAILBOX_PASSWORD = "service-mailbox-secret";

    private GreenMail server;

    @PostConstruct
    void start() {
        server = new GreenMail(new ServerSetup[] {new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.start();
        server.setUser(MAILBOX, MAILBOX, MAILBOX_PASSWORD);
    }

    @PreDestroy
    void stop() {
        server.stop();
    }

    /** What arrived for this address, oldest first. */
    public List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** A customer's mail arrives in the service mailbox. */
    public void arrives(MimeMessage message) {
        server.getUserManager().getUser(MAILBOX).deliver(message);
    }

    /** The server goes away (a mail server down): sending fails until {@link #up()}. */
    public void down() {
        server.stop();
    }

    public void up() {
        start();
    }
}

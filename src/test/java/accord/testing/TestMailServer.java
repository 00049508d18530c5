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
 * 127.0.0.1:33025, which the deployment's {@code accord.mail.*} settings point at. Tests read what
 * arrived, and stop and start it to see the portal without its mail server.
 */
@Startup
@Singleton
public class TestMailServer {

    public static final int SMTP_PORT = 33025;

    private GreenMail server;

    @PostConstruct
    void start() {
        server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
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

    /** The server goes away (a mail server down): sending fails until {@link #up()}. */
    public void down() {
        server.stop();
    }

    public void up() {
        start();
    }
}

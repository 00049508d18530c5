package accord.intake.control;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.util.List;
import java.util.Properties;

/**
 * The service mailbox over IMAP, open for one poll: the mails not yet seen, and marking one seen
 * once it is taken (after its transaction committed: a mail whose taking failed is read again).
 */
public final class Mailbox implements AutoCloseable {

    private final Store store;
    private final Folder folder;

    private Mailbox(Store store, Folder folder) {
        this.store = store;
        this.folder = folder;
    }

    public static Mailbox open(IntakeSettings settings) throws MessagingException {
        String protocol = "tls".equals(settings.security()) ? "imaps" : "imap";
        Properties properties = new Properties();
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "30000");
        if ("starttls".equals(settings.security())) {
            properties.put("mail.imap.starttls.enable", "true");
            properties.put("mail.imap.starttls.required", "true");
        }
        Store store = Session.getInstance(properties).getStore(protocol);
        store.connect(settings.host().orElseThrow(), settings.port(), settings.user(), settings.password());
        try {
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            return new Mailbox(store, folder);
        } catch (MessagingException e) {
            store.close();
            throw e;
        }
    }

    public List<Message> unseen() throws MessagingException {
        return List.of(folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false)));
    }

    public void seen(Message message) throws MessagingException {
        message.setFlag(Flags.Flag.SEEN, true);
    }

    @Override
    public void close() throws MessagingException {
        try {
            folder.close(false);
        } finally {
            store.close();
        }
    }
}

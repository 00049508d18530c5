package accord.mail.boundary;

import accord.mail.control.Draft;
import accord.mail.control.Outbox;
import accord.mail.entity.MailDigest;
import accord.mail.entity.MailKind;
import accord.mail.entity.MailState;
import accord.mail.entity.OutboxMail;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.platform.control.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The daily digest: once a day, from {@code accord.mail.digest-hour} (8 by default) of the person's
 * own time zone, what they chose to hear of once a day goes out as one mail listing each message
 * with its link. A {@code mail_digest} row per person and day makes it once, also with several nodes.
 */
@ApplicationScoped
public class Digests {

    private static final Logger LOG = Logger.getLogger(Digests.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Directory directory;


    /** The people with messages held for a digest. */
    @Transactional
    public List<String> waiting() {
        return em.createQuery("select distinct m.recipient from OutboxMail m where m.state = :held order by m.recipient", String.class)
                .setParameter("held", MailState.HELD_FOR_DIGEST).getResultList();
    }

    /** Writes the person's digest of today if its hour has come and it is not written yet; true if it wrote one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean digestOf(String login, Instant now) {
        Optional<Employee> person = directory.employee(login);
        if (person.isEmpty()) {
            return false;
        }
        ZonedDateTime local = now.atZone(outbox.readerOf(person.get()).zone());
        int hour = ConfigProvider.getConfig().getOptionalValue("accord.mail.digest-hour", Integer.class).orElse(8);
        LocalDate day = local.toLocalDate();
        if (local.getHour() < hour || em.createQuery("select count(d) from MailDigest d where d.login = :login and d.day = :day",
                Long.class).setParameter("login", login).setParameter("day", day).getSingleResult() > 0) {
            return false;
        }
        em.persist(new MailDigest(login, day));
        try {
            em.flush(); // another node wrote today's digest first: this one stops here
        } catch (PersistenceException taken) {
            LOG.info(() -> "Digest of " + login + " for " + day + " written by another node");
            throw taken;
        }
        List<OutboxMail> held = em.createQuery("select m from OutboxMail m where m.recipient = :login and m.state = :held"
                + " order by m.createdAt", OutboxMail.class).setParameter("login", login).setParameter("held", MailState.HELD_FOR_DIGEST)
                .getResultList();
        if (held.isEmpty()) {
            return false;
        }
        held.forEach(OutboxMail::inDigest);
        outbox.tell(login, MailKind.DIGEST, reader -> new Draft(Text.of("mail.digest.subject", held.size()),
                Text.of("mail.digest.intro"), held.stream().map(m -> new Draft.Fact(reader.dateTime(m.getCreatedAt()), m.getSubject(),
                        relative(m.getLink()))).toList(), Text.of("mail.digest.open"), "inbox/index.xhtml?list=mine"));
        return true;
    }

    /** A held mail's link without the base URL (the digest's composer adds it again). */
    private static String relative(String link) {
        if (link == null) {
            return null;
        }
        int path = link.indexOf("/", link.indexOf("//") + 2);
        return path < 0 ? null : link.substring(path + 1);
    }
}

package accord.intake.boundary;

import static accord.platform.control.Input.blank;

import accord.casefile.control.NewFile;
import accord.complaint.boundary.ComplaintIntake;
import accord.complaint.control.ComplaintRefused;
import accord.complaint.entity.Complaint;
import accord.intake.control.ReceivedMail;
import accord.intake.entity.InboundFile;
import accord.intake.entity.InboundMail;
import accord.intake.entity.InboundState;
import accord.organisation.control.Actor;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Customer service's side of the mailbox: the mails from senders no customer's contact matches,
 * each made a complaint once an agent picks its customer, or set aside with a note. Only those who
 * register complaints see or touch them; two agents on one mail: the first one's choice counts.
 */
@ApplicationScoped
@Transactional
public class InboundMails {

    /** A waiting mail as the page lists it. */
    public record Waiting(long id, String senderName, String senderAddress, String subject, String body, Instant receivedAt,
            List<String> files) implements Serializable {
    }


    @PersistenceContext
    EntityManager em;

    @Inject
    MailComplaints mailComplaints;

    public List<Waiting> waiting(Actor actor) {
        mayHandle(actor);
        return em.createQuery("select m from InboundMail m where m.state = :waiting order by m.receivedAt", InboundMail.class)
                .setParameter("waiting", InboundState.TO_MATCH).setMaxResults(200).getResultList().stream()
                .map(m -> new Waiting(m.getId(), m.getSenderName(), m.getSenderAddress(), m.getSubject(), m.getBody(), m.getReceivedAt(),
                        files(m.getId()).stream().map(InboundFile::getName).toList()))
                .toList();
    }

    public long count(Actor actor) {
        if (!ComplaintIntake.mayRegister(actor)) {
            return 0;
        }
        return em.createQuery("select count(m) from InboundMail m where m.state = :waiting", Long.class)
                .setParameter("waiting", InboundState.TO_MATCH).getSingleResult();
    }

    /** The mail becomes a complaint of this customer, registered by the agent, with its files. */
    public Complaint register(Actor actor, long mailId, Long customerId) {
        InboundMail mail = waitingMail(actor, mailId);
        if (customerId == null) {
            throw new ComplaintRefused("customer", "complaint.refused.customer");
        }
        List<InboundFile> files = files(mailId);
        ReceivedMail received = new ReceivedMail(mail.getMessageId(), List.of(), mail.getSenderAddress(), mail.getSenderName(),
                mail.getSubject(), mail.getBody(), files.stream().map(f -> new NewFile(f.getName(), f.getContent())).toList(),
                mail.getReceivedAt());
        Complaint complaint = mailComplaints.register(received, customerId, mail.getSenderName(), actor.login())
                .orElseThrow(() -> new ComplaintRefused(null, "intake.refused.invalid"));
        files.forEach(em::remove);
        mail.registered(complaint.getNumber(), actor.login());
        return complaint;
    }

    /** No complaint in it (spam, a thank-you): set aside with the agent's note. */
    public void dismiss(Actor actor, long mailId, String note) {
        InboundMail mail = waitingMail(actor, mailId);
        if (blank(note)) {
            throw new ComplaintRefused("note", "intake.refused.note");
        }
        files(mailId).forEach(em::remove);
        mail.dismissed(actor.login(), MailIntake.cut(note.strip(), 1000));
    }

    private InboundMail waitingMail(Actor actor, long mailId) {
        mayHandle(actor);
        InboundMail mail = em.find(InboundMail.class, mailId, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || !mail.isWaiting()) {
            throw new ComplaintRefused(null, "intake.refused.dealtWith");
        }
        return mail;
    }

    private List<InboundFile> files(long mailId) {
        return em.createQuery("select f from InboundFile f where f.mailId = :mail order by f.id", InboundFile.class)
                .setParameter("mail", mailId).getResultList();
    }

    private static void mayHandle(Actor actor) {
        if (!ComplaintIntake.mayRegister(actor)) {
            AccessRefusals.record(actor.login(), AuditWording.of("audit.act.serviceMailbox"), "complaint.refused.notAgent");
            throw new ComplaintRefused(null, "complaint.refused.notAgent");
        }
    }
}

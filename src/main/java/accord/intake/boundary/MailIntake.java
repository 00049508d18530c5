package accord.intake.boundary;

import accord.complaint.entity.Channel;
import accord.complaint.entity.Complaint;
import accord.customer.entity.Contact;
import accord.inbox.boundary.CaseAttachments;
import accord.intake.control.ReceivedMail;
import accord.intake.entity.InboundFile;
import accord.intake.entity.InboundMail;
import accord.platform.control.LogText;
import accord.workflow.control.Acting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowable.engine.TaskService;

/**
 * Takes one mail from the service mailbox, in one transaction with what it becomes: a reply (it
 * answers a mail that became a complaint, or names an open complaint of the sender's customer in
 * its subject) goes onto that complaint's story; a mail from a customer's contact person becomes a
 * complaint to triage, channel "email"; any other waits for customer service to pick the customer.
 * The mail's row is written first: its Message-ID is unique, so a mail is taken once, also when two
 * nodes read it at the same moment (the second one's insert fails and nothing of it stays).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class MailIntake {

    /** What became of a mail. */
    public enum Outcome { TAKEN_BEFORE, REGISTERED, ADDED, TO_MATCH }

    private static final Logger LOG = Logger.getLogger(MailIntake.class.getName());
    private static final Pattern COMPLAINT_NUMBER = Pattern.compile("CMP-\\d{4}-\\d{6}");

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseAttachments attachments;

    @Inject
    MailComplaints mailComplaints;

    @Inject
    TaskService tasks;

    public boolean takenBefore(String messageId) {
        return !em.createQuery("select m.id from InboundMail m where m.messageId = :id", Long.class)
                .setParameter("id", messageId).setMaxResults(1).getResultList().isEmpty();
    }

    public Outcome take(ReceivedMail received, String registeredBy) {
        if (takenBefore(received.messageId())) {
            return Outcome.TAKEN_BEFORE;
        }
        InboundMail mail = new InboundMail(received.messageId(), received.senderAddress(), received.senderName(),
                cut(received.subject(), 1000), cut(received.text(), InboundMail.MAX_BODY), received.receivedAt());
        em.persist(mail);
        em.flush();
        Optional<Complaint> answered = answered(received).filter(c -> c.getStatus().isOpen());
        if (answered.isPresent()) {
            Complaint complaint = answered.get();
            Acting.as(registeredBy, () -> tasks.addComment(null, complaint.getProcessInstanceId(), StoryLines.reply(received)));
            MailFiles files = MailFiles.acceptable(received.files());
            attachments.add(registeredBy, complaint.getProcessInstanceId(), files.taken());
            if (!files.refused().isEmpty()) {
                Acting.as(registeredBy, () -> tasks.addComment(null, complaint.getProcessInstanceId(), StoryLines.filesLeft(files.refused())));
            }
            mail.added(complaint.getNumber());
            LOG.info(() -> "Mail " + LogText.of(received.messageId()) + " added to " + complaint.getNumber());
            return Outcome.ADDED;
        }
        List<Contact> contacts = contactsWriting(received.senderAddress());
        if (contacts.stream().map(c -> c.getCustomer().id()).distinct().count() == 1) {
            Optional<Complaint> complaint = mailComplaints.register(received, contacts.get(0).getCustomer().id(), contacts.get(0).getName(),
                    registeredBy);
            if (complaint.isPresent()) {
                mail.registered(complaint.get().getNumber(), registeredBy);
                LOG.info(() -> "Mail " + LogText.of(received.messageId()) + " registered as " + complaint.get().getNumber());
                return Outcome.REGISTERED;
            }
        }
        received.files().stream().filter(f -> f.content() != null && f.content().length > 0)
                .forEach(f -> em.persist(new InboundFile(mail.getId(), cut(f.name(), 255), f.content())));
        LOG.info(() -> "Mail " + LogText.of(received.messageId()) + " from " + LogText.of(received.senderAddress()) + " waits for its customer");
        return Outcome.TO_MATCH;
    }

    /**
     * The complaint the mail answers: the one an earlier mail of its thread became, else one named
     * in its subject whose customer the sender writes for (a number alone lets nobody add to a case).
     */
    private Optional<Complaint> answered(ReceivedMail received) {
        if (!received.answers().isEmpty()) {
            Optional<String> number = em.createQuery("select m.complaintNumber from InboundMail m where m.messageId in :ids"
                    + " and m.complaintNumber is not null order by m.id desc", String.class)
                    .setParameter("ids", received.answers()).setMaxResults(1).getResultStream().findFirst();
            if (number.isPresent()) {
                return complaint(number.get());
            }
        }
        Matcher named = COMPLAINT_NUMBER.matcher(received.subject());
        while (named.find()) {
            Optional<Complaint> complaint = complaint(named.group())
                    .filter(c -> received.senderAddress().equalsIgnoreCase(c.getContactEmail())
                            || contactsWriting(received.senderAddress()).stream().anyMatch(k -> k.getCustomer().id().equals(c.getCustomer().id())));
            if (complaint.isPresent()) {
                return complaint;
            }
        }
        return Optional.empty();
    }

    private Optional<Complaint> complaint(String number) {
        return em.createQuery("select c from Complaint c where c.number = :number", Complaint.class).setParameter("number", number)
                .getResultStream().findFirst();
    }

    private List<Contact> contactsWriting(String address) {
        return em.createQuery("select k from Contact k where lower(k.email) = :address", Contact.class)
                .setParameter("address", address.strip().toLowerCase(java.util.Locale.ROOT)).getResultList();
    }

    static String sender(ReceivedMail received) {
        return received.senderName() == null || received.senderName().isBlank() ? received.senderAddress()
                : received.senderName().strip() + " <" + received.senderAddress() + ">";
    }

    /** The text itself when it fits; else its start and "…" (the caller keeps the whole text elsewhere). */
    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

package accord.intake.boundary;

import accord.casefile.control.NewFile;
import accord.complaint.boundary.ComplaintIntake;
import accord.complaint.control.Registration;
import accord.complaint.entity.Category;
import accord.complaint.entity.Channel;
import accord.complaint.entity.Complaint;
import accord.complaint.entity.Severity;
import accord.intake.control.ReceivedMail;
import accord.platform.control.LogText;
import accord.workflow.control.Acting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.flowable.engine.TaskService;

/** A customer's mail as a complaint, in the caller's transaction: when it arrives from a known contact, or when customer service picks its customer. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MailComplaints {

    private static final Logger LOG = Logger.getLogger(MailComplaints.class.getName());

    @Inject
    ComplaintIntake complaints;

    @Inject
    TaskService tasks;

    /**
     * A complaint from the mail by the intake page's rules, for this customer: the sender as contact,
     * to be classified at triage (category "other", severity "medium" until then). A subject or text
     * too long for the complaint is shortened there and kept whole in the story; files the rules
     * refuse are named in the story. Empty when the mail cannot make a valid registration.
     */
    public Optional<Complaint> register(ReceivedMail received, long customerId, String contactName, String registeredBy) {
        Registration form = new Registration();
        form.setCustomerId(customerId);
        form.setContactName(cut(contactName == null || contactName.isBlank() ? MailIntake.sender(received) : contactName.strip(), 100));
        form.setContactEmail(received.senderAddress());
        form.setChannel(Channel.EMAIL);
        form.setCategory(Category.OTHER);
        form.setSeverity(Severity.MEDIUM);
        String subject = received.subject().isBlank() ? firstLine(received.text()) : received.subject();
        form.setSubject(cut(subject.isBlank() ? "-" : subject, Complaint.MAX_SUBJECT));
        form.setDescription(cut(received.text().isBlank() ? form.getSubject() : received.text(), Complaint.MAX_DESCRIPTION));
        if (!form.problems().isEmpty()) {
            LOG.warning(() -> "Mail " + LogText.of(received.messageId()) + " makes no valid complaint: " + LogText.of(form.problems()));
            return Optional.empty();
        }
        MailFiles files = MailFiles.acceptable(received.files());
        List<NewFile> attached = files.taken().subList(0, Math.min(files.taken().size(), ComplaintIntake.MAX_FILES));
        Complaint complaint = complaints.registerAs(registeredBy, form, attached);
        List<String> left = new ArrayList<>(files.refused());
        files.taken().subList(attached.size(), files.taken().size()).forEach(f -> left.add(f.name()));
        if (!form.getSubject().equals(subject) || !form.getDescription().equals(received.text().isBlank() ? form.getSubject() : received.text())) {
            story(registeredBy, complaint, StoryLines.wholeText(received));
        }
        if (!left.isEmpty()) {
            story(registeredBy, complaint, StoryLines.filesLeft(left));
        }
        return Optional.of(complaint);
    }

    private void story(String by, Complaint complaint, String line) {
        Acting.as(by, () -> tasks.addComment(null, complaint.getProcessInstanceId(), line));
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }

    private static String cut(String text, int max) {
        return MailIntake.cut(text, max);
    }
}

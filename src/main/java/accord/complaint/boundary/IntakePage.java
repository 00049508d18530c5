package accord.complaint.boundary;

import accord.complaint.control.ComplaintRefused;
import accord.complaint.control.Registration;
import accord.complaint.entity.Category;
import accord.complaint.entity.Channel;
import accord.complaint.entity.Complaint;
import accord.complaint.entity.Severity;
import accord.customer.boundary.CustomerChoice;
import accord.inbox.boundary.Uploads;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Date;
import java.util.List;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFiles;

/**
 * The intake form of customer service: the customer (with tier and account manager), the contact,
 * what happened, files; open complaints of the same customer and category are offered for linking.
 * Problems are said beside their fields and nothing typed is lost.
 */
@Named
@ViewScoped
public class IntakePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An open complaint that may be the same matter. */
    public record Similar(long id, String number, String subject, Date registeredAt) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    ComplaintIntake intake;

    private final Registration form = new Registration();
    private CustomerChoice customer;
    private List<Similar> similar = List.of();
    private transient UploadedFiles files;

    /** The customer or category changed: look again for open complaints of the same matter. */
    public void lookForSimilar() {
        form.setCustomerId(customer == null ? null : customer.id());
        similar = intake.openSimilar(form.getCustomerId(), form.getCategory()).stream()
                .map(c -> new Similar(c.getId(), c.getNumber(), c.getSubject(), Date.from(c.getRegisteredAt()))).toList();
    }

    public String register() {
        form.setCustomerId(customer == null ? null : customer.id());
        List<Registration.Problem> problems = form.problems();
        if (!problems.isEmpty()) {
            problems.forEach(p -> Messages.addError("intake:" + p.field(), Text.of(p.messageKey())));
            return null;
        }
        try {
            Complaint complaint = intake.register(me.actor(), form, Uploads.newFiles(files));
            Messages.addFlashGlobalInfo(Text.of("complaint.registered", complaint.getNumber(),
                    me.dateTime(complaint.getResponseDue()), me.dateTime(complaint.getResolveDue())));
            return "/complaints/new?faces-redirect=true";
        } catch (ComplaintRefused refused) {
            RefusalMessages.sayBeside("intake", refused);
            return null;
        }
    }

    public String addToSimilar(long complaintId) {
        try {
            Complaint complaint = intake.addContact(me.actor(), complaintId, form);
            Messages.addFlashGlobalInfo(Text.of("complaint.linked", complaint.getNumber()));
            return "/complaints/new?faces-redirect=true";
        } catch (ComplaintRefused refused) {
            Messages.addGlobalError(Text.of(refused.messageKey()));
            return null;
        }
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public String getAccepted() {
        return accord.casefile.control.AttachmentPolicy.ACCEPTED;
    }

    public int getMaxBytes() {
        return accord.casefile.control.AttachmentPolicy.MAX_BYTES;
    }

    public int getMaxFiles() {
        return ComplaintIntake.MAX_FILES;
    }

    public Registration getForm() {
        return form;
    }

    public CustomerChoice getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerChoice customer) {
        this.customer = customer;
    }

    public List<Similar> getSimilar() {
        return similar;
    }

    public UploadedFiles getFiles() {
        return files;
    }

    public void setFiles(UploadedFiles files) {
        this.files = files;
    }
}

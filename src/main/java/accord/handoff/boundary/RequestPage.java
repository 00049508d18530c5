package accord.handoff.boundary;

import accord.calendar.control.WorkingCalendar;
import accord.casefile.control.AttachmentPolicy;
import accord.complaint.control.ComplaintRegister;
import accord.customer.boundary.CustomerChoice;
import accord.handoff.control.HandoffRefused;
import accord.handoff.control.RequestForm;
import accord.handoff.entity.Handoff;
import accord.handoff.entity.HandoffKind;
import accord.handoff.entity.HandoffPriority;
import accord.inbox.boundary.Uploads;
import accord.organisation.boundary.DepartmentChoice;
import accord.organisation.control.Directory;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFiles;

/**
 * Asking another department for work. Opened from a complaint's resolve step ({@code ?complaint=}
 * its number), the request is linked to the complaint and names its customer. Problems are said
 * beside their fields and nothing typed is lost.
 */
@Named
@ViewScoped
public class RequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param(name = "complaint")
    String complaintAsked;

    @Inject
    CurrentPerson me;

    @Inject
    HandoffRequests requests;

    @Inject
    Directory directory;

    @Inject
    ComplaintRegister complaints;

    @Inject
    WorkingCalendar calendar;

    private final RequestForm form = new RequestForm();
    private CustomerChoice customer;
    private String complaintNumber;
    private transient UploadedFiles files;

    /** Reads the complaint the request is for, if the person may see it. */
    public void load() {
        String number = complaintAsked;
        if (number == null || form.getComplaintId() != null) {
            return;
        }
        complaints.visible(me.actor(), number).ifPresent(complaint -> {
            form.setComplaintId(complaint.getId());
            complaintNumber = complaint.getNumber();
            customer = CustomerChoice.of(complaint.getCustomer());
            form.setSubject(complaint.getNumber() + " · " + complaint.getSubject());
        });
    }

    public String submit() {
        form.setCustomerId(customer == null ? null : customer.id());
        List<RequestForm.Problem> problems = form.problems(getToday());
        if (!problems.isEmpty()) {
            problems.forEach(p -> Messages.addError("request:" + p.field(), Text.of(p.messageKey())));
            return null;
        }
        try {
            Handoff handoff = requests.request(me.actor(), form, Uploads.newFiles(files));
            Messages.addFlashGlobalInfo(Text.of("handoff.requested", handoff.getNumber()));
            return "/handoffs/view?faces-redirect=true&number=" + handoff.getNumber();
        } catch (HandoffRefused refused) {
            RefusalMessages.sayBeside("request", refused);
            return null;
        }
    }

    /** Today in the company's calendar: the earliest needed-by date. */
    public LocalDate getToday() {
        return LocalDate.now(calendar.zone());
    }

    public List<DepartmentChoice> getDepartments() {
        return DepartmentChoice.all(directory, me.getLocale());
    }

    public HandoffKind[] getKinds() {
        return HandoffKind.values();
    }

    public HandoffPriority[] getPriorities() {
        return HandoffPriority.values();
    }

    public String getAccepted() {
        return AttachmentPolicy.ACCEPTED;
    }

    public int getMaxBytes() {
        return AttachmentPolicy.MAX_BYTES;
    }

    public int getMaxFiles() {
        return HandoffRequests.MAX_FILES;
    }

    public RequestForm getForm() {
        return form;
    }

    public CustomerChoice getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerChoice customer) {
        this.customer = customer;
    }

    public String getComplaintNumber() {
        return complaintNumber;
    }

    public UploadedFiles getFiles() {
        return files;
    }

    public void setFiles(UploadedFiles files) {
        this.files = files;
    }
}

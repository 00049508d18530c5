package accord.complaint.control;

import static accord.platform.control.Input.blank;
import static accord.platform.control.Input.stripped;

import accord.complaint.entity.Category;
import accord.complaint.entity.Channel;
import accord.complaint.entity.Complaint;
import accord.complaint.entity.Severity;
import accord.platform.control.FieldRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an agent types to register a complaint, and the rules it must meet. The intake page binds
 * to it; the boundary checks it again on the server, whatever the page did.
 */
public class Registration implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern PHONE = Pattern.compile("[+]?[0-9][0-9 ()\\-]{4,38}");
    private static final Pattern ORDER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9\\-_/]{0,39}");

    /** The intake form's fields, top to bottom: problems are listed in this order. */
    private static final List<String> FORM_ORDER = List.of("customer", "contactName", "contactPhone", "contactEmail", "channel",
            "category", "severity", "subject", "description", "orderNumber");

    /** A rule a registration breaks: the field and the message key. */
    public record Problem(String field, String messageKey) implements Serializable {
    }

    private Long customerId;
    @NotBlank(message = "complaint.refused.contactName")
    @Size(max = 100, message = "complaint.refused.contactName")
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    @NotNull(message = "complaint.refused.channel")
    private Channel channel;
    @NotNull(message = "complaint.refused.category")
    private Category category;
    @NotNull(message = "complaint.refused.severity")
    private Severity severity;
    @NotBlank(message = "complaint.refused.subject")
    @Size(max = Complaint.MAX_SUBJECT, message = "complaint.refused.subject")
    private String subject;
    @NotBlank(message = "complaint.refused.description")
    @Size(max = Complaint.MAX_DESCRIPTION, message = "complaint.refused.description")
    private String description;
    private String orderNumber;

    /**
     * Every rule broken, in the order of the form; empty when the registration may go in. A field's
     * own rule is a constraint on it; the rules over several fields and the formats are here.
     */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        FieldRules.problems(this).forEach(p -> problems.add(new Problem(p.field(), p.messageKey())));
        if (customerId == null) {
            problems.add(new Problem("customer", "complaint.refused.customer"));
        }
        if (blank(contactPhone) && blank(contactEmail)) {
            problems.add(new Problem("contactPhone", "complaint.refused.contact"));
        }
        if (!blank(contactPhone) && !PHONE.matcher(contactPhone.strip()).matches()) {
            problems.add(new Problem("contactPhone", "complaint.refused.phone"));
        }
        if (!blank(contactEmail) && (contactEmail.strip().length() > 120 || !accord.platform.control.MailAddress.Check.matches(contactEmail.strip()))) {
            problems.add(new Problem("contactEmail", "complaint.refused.email"));
        }
        if (!blank(orderNumber) && !ORDER.matcher(orderNumber.strip()).matches()) {
            problems.add(new Problem("orderNumber", "complaint.refused.orderNumber"));
        }
        problems.sort(Comparator.comparingInt(problem -> FORM_ORDER.indexOf(problem.field())));
        return problems;
    }

    public Complaint.Contact contact() {
        return new Complaint.Contact(contactName.strip(), stripped(contactPhone), stripped(contactEmail));
    }


    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }
}

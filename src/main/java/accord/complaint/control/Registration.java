package accord.complaint.control;

import static accord.platform.control.Input.blank;
import static accord.platform.control.Input.stripped;

import accord.complaint.entity.Category;
import accord.complaint.entity.Channel;
import accord.complaint.entity.Complaint;
import accord.complaint.entity.Severity;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an agent types to register a complaint, and the rules it must meet. The intake page binds
 * to it; the boundary checks it again on the server, whatever the page did.
 */
public class Registration implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern PHONE = Pattern.compile("[+]?[0-9][0-9 ()\\-]{4,38}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern ORDER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9\\-_/]{0,39}");

    /** A rule a registration breaks: the field and the message key. */
    public record Problem(String field, String messageKey) implements Serializable {
    }

    private Long customerId;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private Channel channel;
    private Category category;
    private Severity severity;
    private String subject;
    private String description;
    private String orderNumber;

    /** Every rule broken, in the order of the form; empty when the registration may go in. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (customerId == null) {
            problems.add(new Problem("customer", "complaint.refused.customer"));
        }
        if (blank(contactName) || contactName.strip().length() > 100) {
            problems.add(new Problem("contactName", "complaint.refused.contactName"));
        }
        if (blank(contactPhone) && blank(contactEmail)) {
            problems.add(new Problem("contactPhone", "complaint.refused.contact"));
        }
        if (!blank(contactPhone) && !PHONE.matcher(contactPhone.strip()).matches()) {
            problems.add(new Problem("contactPhone", "complaint.refused.phone"));
        }
        if (!blank(contactEmail) && (contactEmail.strip().length() > 120 || !EMAIL.matcher(contactEmail.strip()).matches())) {
            problems.add(new Problem("contactEmail", "complaint.refused.email"));
        }
        if (channel == null) {
            problems.add(new Problem("channel", "complaint.refused.channel"));
        }
        if (category == null) {
            problems.add(new Problem("category", "complaint.refused.category"));
        }
        if (severity == null) {
            problems.add(new Problem("severity", "complaint.refused.severity"));
        }
        if (blank(subject) || subject.strip().length() > Complaint.MAX_SUBJECT) {
            problems.add(new Problem("subject", "complaint.refused.subject"));
        }
        if (blank(description) || description.strip().length() > Complaint.MAX_DESCRIPTION) {
            problems.add(new Problem("description", "complaint.refused.description"));
        }
        if (!blank(orderNumber) && !ORDER.matcher(orderNumber.strip()).matches()) {
            problems.add(new Problem("orderNumber", "complaint.refused.orderNumber"));
        }
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

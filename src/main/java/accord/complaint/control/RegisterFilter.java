package accord.complaint.control;

import accord.complaint.entity.Category;
import accord.complaint.entity.ComplaintStatus;
import accord.complaint.entity.Severity;
import java.io.Serializable;
import java.time.LocalDate;

/** The register's filters; null means "any". */
public class RegisterFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private ComplaintStatus status;
    private Severity severity;
    private Category category;
    private Long customerId;
    private String department;
    private Boolean late;
    private LocalDate from;
    private LocalDate to;
    private String text;

    public ComplaintStatus getStatus() {
        return status;
    }

    public void setStatus(ComplaintStatus status) {
        this.status = status;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public Boolean getLate() {
        return late;
    }

    public void setLate(Boolean late) {
        this.late = late;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}

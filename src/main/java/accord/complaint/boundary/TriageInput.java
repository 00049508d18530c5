package accord.complaint.boundary;

import accord.complaint.entity.Category;
import accord.complaint.entity.Complaint;
import accord.complaint.entity.Severity;
import java.io.Serializable;

/** Triage as typed: category and severity confirmed, then a department, or resolved at first contact. */
public class TriageInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private Category category;
    private Severity severity;
    private String department;
    private boolean firstContact;
    private String resolution;

    void fill(Complaint complaint) {
        category = complaint.getCategory();
        severity = complaint.getSeverity();
        resolution = complaint.getResolution();
    }

    ComplaintSteps.Triage triage() {
        return new ComplaintSteps.Triage(category, severity, department, firstContact, resolution, null);
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

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public boolean isFirstContact() {
        return firstContact;
    }

    public void setFirstContact(boolean firstContact) {
        this.firstContact = firstContact;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }
}

package accord.handoff.control;

import static accord.platform.control.Input.blank;

import accord.handoff.entity.Handoff;
import accord.handoff.entity.HandoffKind;
import accord.handoff.entity.HandoffPriority;
import accord.platform.control.FieldRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a person types to ask another department for work, and the rules it must meet. The request
 * page binds to it; the boundary checks it again on the server, whatever the page did.
 */
public class RequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The request form's fields, top to bottom: problems are listed in this order. */
    private static final List<String> FORM_ORDER = List.of("targetDepartment", "kind", "subject", "details", "acceptanceCriteria",
            "neededBy", "priority");

    /** A rule the request breaks: the field and the message key. */
    public record Problem(String field, String messageKey) implements Serializable {
    }

    @NotBlank(message = "handoff.refused.department")
    private String targetDepartment;
    @NotNull(message = "handoff.refused.kind")
    private HandoffKind kind;
    private Long customerId;
    /** The complaint this request helps to resolve, when opened from its resolve step. */
    private Long complaintId;
    @NotBlank(message = "handoff.refused.subject")
    @Size(max = Handoff.MAX_SUBJECT, message = "handoff.refused.subject")
    private String subject;
    @NotBlank(message = "handoff.refused.details")
    @Size(max = Handoff.MAX_DETAILS, message = "handoff.refused.details")
    private String details;
    private String acceptanceCriteria;
    private LocalDate neededBy;
    @NotNull(message = "handoff.refused.priority")
    private HandoffPriority priority = HandoffPriority.NORMAL;

    /**
     * Every rule broken, in the order of the form; empty when the request may go in. A field's own
     * rule is a constraint on it; the criteria's lines and the date against today are here.
     */
    public List<Problem> problems(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        FieldRules.problems(this).forEach(p -> problems.add(new Problem(p.field(), p.messageKey())));
        List<String> criteria = Handoff.criteriaOf(acceptanceCriteria);
        if (criteria.isEmpty() || criteria.size() > Handoff.MAX_CRITERIA_LINES
                || acceptanceCriteria.strip().length() > Handoff.MAX_CRITERIA) {
            problems.add(new Problem("acceptanceCriteria", "handoff.refused.criteria"));
        }
        if (neededBy == null || neededBy.isBefore(today)) {
            problems.add(new Problem("neededBy", "handoff.refused.neededBy"));
        }
        problems.sort(Comparator.comparingInt(problem -> FORM_ORDER.indexOf(problem.field())));
        return problems;
    }

    /** The criteria as the checklist will show them: one per line, blank lines dropped. */
    public String criteriaText() {
        return String.join("\n", Handoff.criteriaOf(acceptanceCriteria));
    }

    public String getTargetDepartment() {
        return targetDepartment;
    }

    public void setTargetDepartment(String targetDepartment) {
        this.targetDepartment = targetDepartment;
    }

    public HandoffKind getKind() {
        return kind;
    }

    public void setKind(HandoffKind kind) {
        this.kind = kind;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public void setComplaintId(Long complaintId) {
        this.complaintId = complaintId;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public String getAcceptanceCriteria() {
        return acceptanceCriteria;
    }

    public void setAcceptanceCriteria(String acceptanceCriteria) {
        this.acceptanceCriteria = acceptanceCriteria;
    }

    public LocalDate getNeededBy() {
        return neededBy;
    }

    public void setNeededBy(LocalDate neededBy) {
        this.neededBy = neededBy;
    }

    public HandoffPriority getPriority() {
        return priority;
    }

    public void setPriority(HandoffPriority priority) {
        this.priority = priority;
    }
}

package accord.complaint.entity;

import static accord.platform.entity.UtcTime.instant;
import static accord.platform.entity.UtcTime.utc;

import accord.customer.entity.Customer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A customer complaint: what the customer said, how it is classified, who handles it, its SLA
 * deadlines and how it ended. Times are stored in UTC.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_SUBJECT = 200;

    @Id
    @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
    private Long id;

    @Column(nullable = false, length = 20, updatable = false, unique = true)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", updatable = false)
    private Customer customer;

    /** The same foreign key, read-only: the measures read it without joining the customer (see docs/benchmarks.md). */
    @jakarta.persistence.Column(name = "customer_id", insertable = false, updatable = false)
    private Long customerId;

    @Column(name = "contact_name", nullable = false, length = 100)
    private String contactName;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(name = "contact_email", length = 120)
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Severity severity;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "order_number", length = 40)
    private String orderNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ComplaintStatus status = ComplaintStatus.TRIAGE;

    @Column(name = "department_code", length = 40)
    private String departmentCode;

    @Column(name = "registered_by", nullable = false, length = 60, updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private LocalDateTime registeredAt;

    @Column(name = "response_due", nullable = false)
    private LocalDateTime responseDue;

    @Column(name = "resolve_due", nullable = false)
    private LocalDateTime resolveDue;

    @Column(name = "responded_at")
    private LocalDateTime respondedAt;

    /** Since when the complaint waits for customer service's answer (its SLA clock paused); null otherwise. */
    @Column(name = "paused_at")
    private LocalDateTime pausedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "root_cause", length = 20)
    private RootCause rootCause;

    @Column(name = "root_cause_text", length = 2000)
    private String rootCauseText;

    @Column(name = "corrective_action", length = 2000)
    private String correctiveAction;

    @Column(name = "preventive_action", length = 2000)
    private String preventiveAction;

    @Column(length = 4000)
    private String resolution;

    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;

    private Integer satisfaction;

    @Column(nullable = false)
    private boolean breached;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "withdrawn_reason", length = 1000)
    private String withdrawnReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "linked_to_id")
    private Complaint linkedTo;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Version
    private long version;

    protected Complaint() {
    }

    /** A complaint as the agent registers it. */
    public Complaint(String number, Customer customer, Contact contact, Channel channel, Category category,
            Severity severity, String subject, String description, String orderNumber, String registeredBy,
            Instant registeredAt) {
        this.number = number;
        this.customer = customer;
        this.contactName = contact.name();
        this.contactPhone = contact.phone();
        this.contactEmail = contact.email();
        this.channel = channel;
        this.category = category;
        this.severity = severity;
        this.subject = subject;
        this.description = description;
        this.orderNumber = orderNumber;
        this.registeredBy = registeredBy;
        this.registeredAt = utc(registeredAt);
    }

    /** The customer's contact person for this complaint: a phone number or an email, or both. */
    public record Contact(String name, String phone, String email) {
    }

    public void setDeadlines(Instant responseDue, Instant resolveDue) {
        this.responseDue = utc(responseDue);
        this.resolveDue = utc(resolveDue);
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Triage sent it to a department. */
    public void triaged(Category category, Severity severity, String departmentCode, Instant at) {
        this.category = category;
        this.severity = severity;
        this.departmentCode = departmentCode;
        this.respondedAt = utc(at);
        this.status = ComplaintStatus.RESOLVING;
    }

    /** Triage resolved it at first contact: straight to the call-back. */
    public void resolvedAtFirstContact(Category category, Severity severity, String resolution, Instant at) {
        this.category = category;
        this.severity = severity;
        this.resolution = resolution;
        this.respondedAt = utc(at);
        this.status = ComplaintStatus.CALL_BACK;
    }

    public void resolved(RootCause rootCause, String rootCauseText, String correctiveAction, String preventiveAction,
            String resolution) {
        this.rootCause = rootCause;
        this.rootCauseText = rootCauseText;
        this.correctiveAction = correctiveAction;
        this.preventiveAction = preventiveAction;
        this.resolution = resolution;
        this.status = ComplaintStatus.CALL_BACK;
    }

    public void transferred(String departmentCode) {
        this.departmentCode = departmentCode;
        this.status = ComplaintStatus.RESOLVING;
    }

    /** The department asked customer service; the SLA clock stops until the answer. */
    public void waitForInformation(Instant at) {
        this.pausedAt = utc(at);
        this.status = ComplaintStatus.WAITING_FOR_INFORMATION;
    }

    /** The answer came: back to the department, with the deadline moved by the working time paused. */
    public void informationGiven(Instant newResolveDue) {
        this.pausedAt = null;
        this.resolveDue = utc(newResolveDue);
        this.status = ComplaintStatus.RESOLVING;
    }

    /** The customer was called back: accepted closes it, otherwise it goes back to the department. */
    public void calledBack(boolean accepted, Integer satisfaction, Instant at) {
        this.satisfaction = satisfaction;
        if (accepted) {
            this.status = ComplaintStatus.CLOSED;
            this.closedAt = utc(at);
            this.breached = breached || closedAt.isAfter(resolveDue);
        } else {
            this.reopenCount++;
            this.status = ComplaintStatus.RESOLVING;
        }
    }

    /** The resolution deadline passed while the complaint was still open. */
    public void flagBreached() {
        this.breached = true;
    }

    /** Its case was cancelled by operations: closed then, neither resolved nor withdrawn by the customer. */
    public void cancelled(Instant at) {
        if (status.isOpen()) {
            this.closedAt = utc(at);
            this.status = ComplaintStatus.CANCELLED;
        }
    }

    public void withdraw(String reason, Instant at) {
        this.withdrawnReason = reason;
        this.closedAt = utc(at);
        this.status = ComplaintStatus.WITHDRAWN;
    }

    /** Past its resolution deadline: when it closed late, or while it is still open. */
    public boolean isLate(Instant now) {
        Instant due = getResolveDue();
        Instant end = closedAt == null ? now : getClosedAt();
        return breached || (pausedAt == null && end.isAfter(due));
    }

    public Instant getPausedAt() {
        return instant(pausedAt);
    }

    public String getRootCauseText() {
        return rootCauseText;
    }

    public String getCorrectiveAction() {
        return correctiveAction;
    }

    public String getPreventiveAction() {
        return preventiveAction;
    }

    public Instant getRespondedAt() {
        return instant(respondedAt);
    }



    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public Channel getChannel() {
        return channel;
    }

    public Category getCategory() {
        return category;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return instant(registeredAt);
    }

    public Instant getResponseDue() {
        return instant(responseDue);
    }

    public Instant getResolveDue() {
        return instant(resolveDue);
    }

    public int getReopenCount() {
        return reopenCount;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public boolean isBreached() {
        return breached;
    }

    public Instant getClosedAt() {
        return instant(closedAt);
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public RootCause getRootCause() {
        return rootCause;
    }

    public String getResolution() {
        return resolution;
    }
}

package accord.handoff.entity;

import static accord.platform.entity.UtcTime.instant;
import static accord.platform.entity.UtcTime.utc;

import accord.complaint.entity.Complaint;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * A request for another department's work: what is asked, by when, what "done" means, who does
 * it, and how it ended. Times are stored in UTC; dates are the company's calendar days.
 */
@Entity
@Table(name = "handoff")
public class Handoff {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_DETAILS = 4000;
    public static final int MAX_CRITERIA = 2000;
    /** The acceptance criteria are a short checklist, one line each. */
    public static final int MAX_CRITERIA_LINES = 10;

    @Id
    @SequenceGenerator(name = "handoff_seq", sequenceName = "handoff_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "handoff_seq")
    private Long id;

    @Column(nullable = false, length = 20, updatable = false, unique = true)
    private String number;

    @Column(nullable = false, length = 60)
    private String requester;

    @Column(name = "requester_department", nullable = false, length = 40, updatable = false)
    private String requesterDepartment;

    @Column(name = "target_department", nullable = false, length = 40, updatable = false)
    private String targetDepartment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private HandoffKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id", updatable = false)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "complaint_id", updatable = false)
    private Complaint complaint;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(nullable = false, length = MAX_DETAILS)
    private String details;

    @Column(name = "acceptance_criteria", nullable = false, length = MAX_CRITERIA)
    private String acceptanceCriteria;

    @Column(name = "needed_by", nullable = false)
    private LocalDate neededBy;

    /** The date the head promised: the needed-by date, or a later one the requester accepted. */
    @Column(name = "promised_by")
    private LocalDate promisedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private HandoffPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private HandoffStatus status = HandoffStatus.APPROVAL;

    @Column(length = 60)
    private String assignee;

    @Column(length = MAX_DETAILS)
    private String deliverable;

    @Column(name = "send_back_count", nullable = false)
    private int sendBackCount;

    private Integer rating;

    @Column(nullable = false)
    private boolean breached;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private LocalDateTime requestedAt;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "delivered_at")
    private LocalDateTime deliveredAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    /** Why it was rejected or withdrawn. */
    @Column(name = "end_reason", length = 1000)
    private String endReason;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Version
    private long version;

    protected Handoff() {
        // for JPA
    }

    /** Who asks whom for what. */
    public record Parties(String requester, String requesterDepartment, String targetDepartment) {
    }

    /** What is asked, and what "done" means. */
    public record Request(HandoffKind kind, Customer customer, Complaint complaint, String subject, String details,
            String acceptanceCriteria, LocalDate neededBy, HandoffPriority priority) {
    }

    public Handoff(String number, Parties parties, Request request, Instant requestedAt) {
        this.number = number;
        this.requester = parties.requester();
        this.requesterDepartment = parties.requesterDepartment();
        this.targetDepartment = parties.targetDepartment();
        this.kind = request.kind();
        this.customer = request.customer();
        this.complaint = request.complaint();
        this.subject = request.subject();
        this.details = request.details();
        this.acceptanceCriteria = request.acceptanceCriteria();
        this.neededBy = request.neededBy();
        this.priority = request.priority();
        this.requestedAt = utc(requestedAt);
    }

    /**
     * Someone else asks for it from now on (answers, agrees dates, accepts): the new manager of the
     * customer's account, or the successor of a requester who left. The asking department stays.
     */
    public void askedOnBehalfOf(String newRequester) {
        if (!status.isOpen()) {
            throw new IllegalStateException(number + " has ended");
        }
        this.requester = java.util.Objects.requireNonNull(newRequester);
    }

    /** The assignee left: the successor delivers (or delivered) the work from now on. */
    public void workedOnBy(String newAssignee) {
        if (!status.isOpen() || assignee == null) {
            throw new IllegalStateException(number + " has no assignee at work");
        }
        this.assignee = java.util.Objects.requireNonNull(newAssignee);
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The head asked the requester a question. */
    public void askedForInformation() {
        this.status = HandoffStatus.INFORMATION;
    }

    public void informationGiven() {
        this.status = HandoffStatus.APPROVAL;
    }

    /** Approved and assigned; a date later than asked waits for the requester's consent. */
    public void approved(String assignee, LocalDate promisedBy, Instant at) {
        this.assignee = assignee;
        this.promisedBy = promisedBy;
        this.approvedAt = utc(at);
        this.status = promisedBy.isAfter(neededBy) ? HandoffStatus.DATE_PROPOSED : HandoffStatus.IN_PROGRESS;
    }

    public void dateAccepted() {
        this.status = HandoffStatus.IN_PROGRESS;
    }

    public void rejected(String reason, Instant at) {
        end(HandoffStatus.REJECTED, reason, at);
    }

    /** Its case was cancelled by operations, for this reason. */
    public void cancelled(String reason, Instant at) {
        if (status.isOpen()) {
            end(HandoffStatus.CANCELLED, reason, at);
        }
    }

    public void withdrawn(String reason, Instant at) {
        end(HandoffStatus.WITHDRAWN, reason, at);
    }

    public void delivered(String deliverable, Instant at) {
        this.deliverable = deliverable;
        this.deliveredAt = utc(at);
        this.status = HandoffStatus.ACCEPTANCE;
    }

    public void handedBack() {
        this.status = HandoffStatus.REASSIGNING;
    }

    public void reassigned(String assignee) {
        this.assignee = assignee;
        this.status = HandoffStatus.IN_PROGRESS;
    }

    /** Not accepted: once more to the assignee, or from the third time on to the head. */
    public void sentBack(int escalateAt) {
        this.sendBackCount++;
        this.status = sendBackCount >= escalateAt ? HandoffStatus.REASSIGNING : HandoffStatus.IN_PROGRESS;
    }

    public void accepted(int rating, Instant at) {
        this.rating = rating;
        this.endedAt = utc(at);
        this.status = HandoffStatus.DONE;
    }

    /** The promised date passed before delivery. */
    public void flagBreached() {
        this.breached = true;
    }

    private void end(HandoffStatus how, String reason, Instant at) {
        this.endReason = reason;
        this.endedAt = utc(at);
        this.status = how;
    }

    /** The checklist the requester ticks at acceptance. */
    public List<String> criteria() {
        return criteriaOf(acceptanceCriteria);
    }

    public static List<String> criteriaOf(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Delivered (last time) by the promised date, in the company's calendar; null while not delivered. */
    public Boolean promiseHeld(ZoneId zone) {
        if (deliveredAt == null || promisedBy == null) {
            return null;
        }
        return !getDeliveredAt().atZone(zone).toLocalDate().isAfter(promisedBy);
    }

    /** From request to acceptance; null while not done. */
    public Duration cycleTime() {
        return status == HandoffStatus.DONE ? Duration.between(getRequestedAt(), getEndedAt()) : null;
    }



    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getRequester() {
        return requester;
    }

    public String getRequesterDepartment() {
        return requesterDepartment;
    }

    public String getTargetDepartment() {
        return targetDepartment;
    }

    public HandoffKind getKind() {
        return kind;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Complaint getComplaint() {
        return complaint;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetails() {
        return details;
    }

    public String getAcceptanceCriteria() {
        return acceptanceCriteria;
    }

    public LocalDate getNeededBy() {
        return neededBy;
    }

    public LocalDate getPromisedBy() {
        return promisedBy;
    }

    public HandoffPriority getPriority() {
        return priority;
    }

    public HandoffStatus getStatus() {
        return status;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getDeliverable() {
        return deliverable;
    }

    public int getSendBackCount() {
        return sendBackCount;
    }

    public Integer getRating() {
        return rating;
    }

    public boolean isBreached() {
        return breached;
    }

    public Instant getRequestedAt() {
        return instant(requestedAt);
    }

    public Instant getApprovedAt() {
        return instant(approvedAt);
    }

    public Instant getDeliveredAt() {
        return instant(deliveredAt);
    }

    public Instant getEndedAt() {
        return instant(endedAt);
    }

    public String getEndReason() {
        return endReason;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}

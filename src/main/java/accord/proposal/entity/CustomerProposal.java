package accord.proposal.entity;

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
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/** A new customer a sales rep proposed, what their sales manager decided, and the customer it became. */
@Entity
@Table(name = "customer_proposal")
public class CustomerProposal {

    /** What is proposed: the customer, why, and a first contact person (all but name and reason may be empty). */
    public record Proposed(String name, String industry, String region, String reason, String contactName,
            String contactTitle, String contactPhone, String contactEmail) implements Serializable {
    }

    @Id
    @SequenceGenerator(name = "customer_proposal_seq", sequenceName = "customer_proposal_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_proposal_seq")
    private Long id;

    @Column(nullable = false, length = 20, updatable = false, unique = true)
    private String number;

    @Column(nullable = false, length = 60, updatable = false)
    private String proposer;

    @Column(nullable = false, length = 60)
    private String approver;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 60)
    private String industry;

    @Column(length = 60)
    private String region;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "contact_name", length = 100)
    private String contactName;

    @Column(name = "contact_title", length = 100)
    private String contactTitle;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(name = "contact_email", length = 120)
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProposalStatus status = ProposalStatus.PENDING;

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private LocalDateTime proposedAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Version
    private long version;

    protected CustomerProposal() {
        // for JPA
    }

    public CustomerProposal(String number, String proposer, String approver, Proposed proposed, Instant at) {
        this.number = Objects.requireNonNull(number);
        this.proposer = Objects.requireNonNull(proposer);
        this.approver = Objects.requireNonNull(approver);
        this.proposedAt = utc(at);
        take(proposed);
    }

    private void take(Proposed proposed) {
        this.name = Objects.requireNonNull(proposed.name());
        this.industry = proposed.industry();
        this.region = proposed.region();
        this.reason = Objects.requireNonNull(proposed.reason());
        this.contactName = proposed.contactName();
        this.contactTitle = proposed.contactTitle();
        this.contactPhone = proposed.contactPhone();
        this.contactEmail = proposed.contactEmail();
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The sales manager approved: the customer exists now. */
    public void approved(Customer created, String note, Instant at) {
        decided(ProposalStatus.APPROVED, note, at);
        this.customer = Objects.requireNonNull(created);
    }

    public void rejected(String note, Instant at) {
        decided(ProposalStatus.REJECTED, note, at);
    }

    /** Sent back with what to change. */
    public void returned(String note, Instant at) {
        decided(ProposalStatus.RETURNED, note, at);
    }

    /** The proposer changed it and sent it again. */
    public void resubmitted(Proposed revised) {
        require(ProposalStatus.RETURNED);
        take(revised);
        this.status = ProposalStatus.PENDING;
    }

    public void withdrawn() {
        require(ProposalStatus.RETURNED);
        this.status = ProposalStatus.WITHDRAWN;
    }

    /** The proposer left before it was decided: nobody is left to look after the account it would add. */
    public void withdrawnAsProposerLeft() {
        if (!status.isOpen()) {
            throw new IllegalStateException(number + " is " + status);
        }
        this.status = ProposalStatus.WITHDRAWN;
    }

    /** Its case was cancelled by operations, for this reason: no customer is created. */
    public void cancelled(String reason, Instant at) {
        if (status.isOpen()) {
            this.status = ProposalStatus.CANCELLED;
            this.decisionNote = reason;
            this.decidedAt = utc(at);
        }
    }

    /** The approver left: someone else decides. */
    public void decidedBy(String newApprover) {
        this.approver = Objects.requireNonNull(newApprover);
    }

    private void decided(ProposalStatus outcome, String note, Instant at) {
        require(ProposalStatus.PENDING);
        this.status = outcome;
        this.decisionNote = note;
        this.decidedAt = utc(at);
    }

    private void require(ProposalStatus expected) {
        if (status != expected) {
            throw new IllegalStateException(number + " is " + status + ", not " + expected);
        }
    }

    public Proposed proposed() {
        return new Proposed(name, industry, region, reason, contactName, contactTitle, contactPhone, contactEmail);
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public String getProposer() { return proposer; }
    public String getApprover() { return approver; }
    public String getName() { return name; }
    public ProposalStatus getStatus() { return status; }
    public String getDecisionNote() { return decisionNote; }
    public Instant getDecidedAt() { return decidedAt == null ? null : instant(decidedAt); }
    public Customer getCustomer() { return customer; }
    public Instant getProposedAt() { return instant(proposedAt); }
    public String getProcessInstanceId() { return processInstanceId; }
}

package accord.keyaccount.entity;

import static accord.platform.entity.UtcTime.instant;
import static accord.platform.entity.UtcTime.utc;

import accord.customer.entity.Customer;
import accord.customer.entity.Tier;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * A key-account review: the manager's assessment and one-year plan, the meeting with the client,
 * its outcome and the tier proposal. The plan becomes the account's active plan when the review
 * ends. Times are stored in UTC.
 */
@Entity
@Table(name = "account_review")
public class AccountReview {

    @Id
    @SequenceGenerator(name = "account_review_seq", sequenceName = "account_review_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_review_seq")
    private Long id;

    @Column(nullable = false, length = 20, updatable = false, unique = true)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", updatable = false)
    private Customer customer;

    /** The same foreign key, read-only: the measures read it without joining the customer (see docs/benchmarks.md). */
    @jakarta.persistence.Column(name = "customer_id", insertable = false, updatable = false)
    private Long customerId;

    @Column(name = "review_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 10, updatable = false)
    private ReviewTrigger trigger;

    @Column(name = "yearly_key", length = 40, updatable = false, unique = true)
    private String yearlyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewStatus status = ReviewStatus.PREPARING;

    @Column(name = "account_manager", nullable = false, length = 60)
    private String accountManager;

    @Column(name = "sales_manager", nullable = false, length = 60)
    private String salesManager;

    @Column(name = "started_by", nullable = false, length = 60, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private LocalDateTime startedAt;

    @Column(length = 2000)
    private String relationship;

    @Column(length = 2000)
    private String competitors;

    @Column(name = "customer_plans", length = 2000)
    private String customerPlans;

    @Column(name = "plan_q1", precision = 14, scale = 2)
    private BigDecimal planQ1;

    @Column(name = "plan_q2", precision = 14, scale = 2)
    private BigDecimal planQ2;

    @Column(name = "plan_q3", precision = 14, scale = 2)
    private BigDecimal planQ3;

    @Column(name = "plan_q4", precision = 14, scale = 2)
    private BigDecimal planQ4;

    @Column(name = "plan_products", length = 2000)
    private String planProducts;

    @ElementCollection
    @CollectionTable(name = "review_action", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<PlanAction> planActions = new ArrayList<>();

    @Column(name = "meeting_at")
    private LocalDateTime meetingAt;

    @Column(name = "meeting_place", length = 200)
    private String meetingPlace;

    @Column(length = 2000)
    private String attendees;

    @Column(length = 4000)
    private String agenda;

    @Column(length = 4000)
    private String feedback;

    private Integer satisfaction;

    @Column(length = 2000)
    private String opportunities;

    @Column(name = "products_introduced", length = 2000)
    private String productsIntroduced;

    @Column(name = "referral_asked")
    private Boolean referralAsked;

    @Column(name = "referral_received")
    private Boolean referralReceived;

    @Column(name = "agreed_target", precision = 14, scale = 2)
    private BigDecimal agreedTarget;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier_proposal", length = 10)
    private TierProposal tierProposal;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_tier", length = 1)
    private Tier proposedTier;

    @Column(name = "lost_reason", length = 1000)
    private String lostReason;

    /** The sales director's answer to a tier change: APPROVED or REJECTED. */
    @Column(name = "tier_decision", length = 10)
    private String tierDecision;

    @Column(name = "plan_active", nullable = false)
    private boolean planActive;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    /** For a review of an account at risk: the complaints that started it. */
    @Column(name = "trigger_note", length = 1000, updatable = false)
    private String triggerNote;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Version
    private long version;

    protected AccountReview() {
        // for JPA
    }

    /** The people and the reason of a review; {@code note} says what triggered an early one. */
    public record Start(ReviewTrigger trigger, String accountManager, String salesManager, String startedBy, String note) {
    }

    public AccountReview(String number, Customer customer, int year, Start start, Instant startedAt) {
        this.number = number;
        this.customer = customer;
        this.year = year;
        this.trigger = start.trigger();
        this.yearlyKey = switch (start.trigger()) {
            case YEARLY -> yearlyKey(customer.id(), year);
            case AT_RISK -> riskKey(customer.id(), startedAt, java.time.ZoneOffset.UTC);
            case MANUAL -> null;
        };
        this.triggerNote = start.note();
        this.accountManager = start.accountManager();
        this.salesManager = start.salesManager();
        this.startedBy = start.startedBy();
        this.startedAt = utc(startedAt);
    }

    /** The key that makes a second yearly review of the account in the year impossible. */
    public static String yearlyKey(long customerId, int year) {
        return customerId + "/" + year;
    }

    /** At most one early review of an account at risk per calendar quarter. */
    public static String riskKey(long customerId, Instant at, java.time.ZoneId zone) {
        java.time.LocalDate day = at.atZone(zone).toLocalDate();
        return "risk/" + customerId + "/" + day.getYear() + "Q" + (day.get(IsoFields.QUARTER_OF_YEAR));
    }

    /** The account changed hands while the review was open: its new manager and their reviewer carry it on. */
    public void carriedOnBy(String accountManager, String salesManager) {
        if (!status.isOpen()) {
            throw new IllegalStateException(number + " has ended");
        }
        this.accountManager = java.util.Objects.requireNonNull(accountManager);
        this.salesManager = java.util.Objects.requireNonNull(salesManager);
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The account manager's assessment and draft one-year plan. */
    public record Preparation(@NotBlank(message = "review.refused.relationship") String relationship, String competitors,
            String customerPlans, BigDecimal q1, BigDecimal q2, BigDecimal q3, BigDecimal q4, String products,
            List<PlanAction> actions) {
    }

    /** An action as typed on the form: any part may still be missing. */
    public record ActionLine(String what, String owner, java.time.LocalDate due) implements java.io.Serializable {
        public boolean isEmpty() {
            return (what == null || what.isBlank()) && (owner == null || owner.isBlank()) && due == null;
        }
    }

    public void prepared(Preparation p) {
        this.relationship = p.relationship();
        this.competitors = p.competitors();
        this.customerPlans = p.customerPlans();
        this.planQ1 = p.q1();
        this.planQ2 = p.q2();
        this.planQ3 = p.q3();
        this.planQ4 = p.q4();
        this.planProducts = p.products();
        this.planActions.clear();
        this.planActions.addAll(p.actions());
        this.status = ReviewStatus.IN_REVIEW;
    }

    public void reviewed(boolean approved) {
        this.status = approved ? ReviewStatus.SCHEDULING : ReviewStatus.PREPARING;
    }

    public void scheduled(Instant at, String place, String attendees, String agenda) {
        this.meetingAt = utc(at);
        this.meetingPlace = place;
        this.attendees = attendees;
        this.agenda = agenda;
        this.status = ReviewStatus.MEETING;
    }

    /** What came of the meeting. */
    public record Outcome(@NotBlank(message = "review.refused.feedback") String feedback,
            @NotNull(message = "review.refused.satisfaction") @Min(value = 1, message = "review.refused.satisfaction")
            @Max(value = 5, message = "review.refused.satisfaction") Integer satisfaction,
            String opportunities, String productsIntroduced, Boolean referralAsked, Boolean referralReceived,
            @NotNull(message = "review.refused.agreedTarget") @PositiveOrZero(message = "review.refused.agreedTarget")
            BigDecimal agreedTarget,
            @NotNull(message = "review.refused.proposal") TierProposal proposal, Tier proposedTier, String lostReason) {
    }

    /** Keeping the tier ends the review with the plan active; any change waits for the sales director. */
    public void outcome(Outcome o, Instant at) {
        this.feedback = o.feedback();
        this.satisfaction = o.satisfaction();
        this.opportunities = o.opportunities();
        this.productsIntroduced = o.productsIntroduced();
        this.referralAsked = o.referralAsked();
        this.referralReceived = o.referralReceived();
        this.agreedTarget = o.agreedTarget();
        this.tierProposal = o.proposal();
        this.proposedTier = o.proposedTier();
        this.lostReason = o.lostReason();
        if (o.proposal().changesTier()) {
            this.status = ReviewStatus.TIER_APPROVAL;
        } else {
            end(at);
        }
    }

    public void tierDecided(boolean approved, Instant at) {
        this.tierDecision = approved ? "APPROVED" : "REJECTED";
        end(at);
    }

    private void end(Instant at) {
        this.planActive = true;
        this.status = ReviewStatus.DONE;
        this.endedAt = utc(at);
    }

    /** Its case was cancelled by operations: ended then, its draft plan never active. */
    public void cancelled(Instant at) {
        if (status.isOpen()) {
            this.status = ReviewStatus.CANCELLED;
            this.endedAt = utc(at);
        }
    }

    /** Another review's plan took over. */
    public void planReplaced() {
        this.planActive = false;
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

    public int getYear() {
        return year;
    }

    public ReviewTrigger getTrigger() {
        return trigger;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public String getAccountManager() {
        return accountManager;
    }

    public String getSalesManager() {
        return salesManager;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return instant(startedAt);
    }

    public String getRelationship() {
        return relationship;
    }

    public String getCompetitors() {
        return competitors;
    }

    public String getCustomerPlans() {
        return customerPlans;
    }

    public BigDecimal getPlanQ1() {
        return planQ1;
    }

    public BigDecimal getPlanQ2() {
        return planQ2;
    }

    public BigDecimal getPlanQ3() {
        return planQ3;
    }

    public BigDecimal getPlanQ4() {
        return planQ4;
    }

    /** The year's planned sales: the four quarters added up; null until the plan is written. */
    public BigDecimal plannedTotal() {
        return planQ1 == null ? null : planQ1.add(planQ2).add(planQ3).add(planQ4);
    }

    public String getPlanProducts() {
        return planProducts;
    }

    public List<PlanAction> getPlanActions() {
        return List.copyOf(planActions);
    }

    public Instant getMeetingAt() {
        return instant(meetingAt);
    }

    public String getMeetingPlace() {
        return meetingPlace;
    }

    public String getAttendees() {
        return attendees;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getFeedback() {
        return feedback;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public String getOpportunities() {
        return opportunities;
    }

    public String getProductsIntroduced() {
        return productsIntroduced;
    }

    public Boolean getReferralAsked() {
        return referralAsked;
    }

    public Boolean getReferralReceived() {
        return referralReceived;
    }

    public BigDecimal getAgreedTarget() {
        return agreedTarget;
    }

    public TierProposal getTierProposal() {
        return tierProposal;
    }

    public Tier getProposedTier() {
        return proposedTier;
    }

    public String getLostReason() {
        return lostReason;
    }

    public String getTierDecision() {
        return tierDecision;
    }

    public boolean isPlanActive() {
        return planActive;
    }

    public Instant getEndedAt() {
        return instant(endedAt);
    }

    public String getTriggerNote() {
        return triggerNote;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}

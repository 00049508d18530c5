package accord.customer.entity;

import static accord.platform.entity.UtcTime.instant;
import static accord.platform.entity.UtcTime.utc;

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
import java.time.Instant;
import java.time.LocalDateTime;

/** One change of a customer's tier: from what to what, who changed it, when and why. Never edited. */
@Entity
@Table(name = "tier_change")
public class TierChange {

    @Id
    @SequenceGenerator(name = "tier_change_seq", sequenceName = "tier_change_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tier_change_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", updatable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_tier", length = 1, updatable = false)
    private Tier from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_tier", nullable = false, length = 1, updatable = false)
    private Tier to;

    @Column(name = "changed_by", nullable = false, length = 60, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private LocalDateTime changedAt;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    protected TierChange() {
        // for JPA
    }

    TierChange(Customer customer, Tier from, Tier to, String changedBy, Instant changedAt, String reason) {
        this.customer = customer;
        this.from = from;
        this.to = to;
        this.changedBy = changedBy;
        this.changedAt = utc(changedAt);
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Tier getFrom() {
        return from;
    }

    public Tier getTo() {
        return to;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return instant(changedAt);
    }

    public String getReason() {
        return reason;
    }
}

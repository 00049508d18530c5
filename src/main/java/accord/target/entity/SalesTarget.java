package accord.target.entity;

import static accord.platform.entity.UtcTime.instant;
import static accord.platform.entity.UtcTime.utc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One target: the company's or a person's, for a year or one of its quarters. Changing it yields
 * the {@link TargetChange} to keep.
 */
@Entity
@Table(name = "sales_target")
public class SalesTarget {

    /** The holder of the company's targets (no login is "*"). */
    public static final String COMPANY = "*";
    /** The quarter of a whole year's target. */
    public static final int WHOLE_YEAR = 0;

    @Id
    @SequenceGenerator(name = "target_seq", sequenceName = "target_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "target_seq")
    private Long id;

    @Column(name = "target_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private TargetMeasure measure;

    @Column(nullable = false, length = 60, updatable = false)
    private String holder;

    @Column(name = "target_quarter", nullable = false, updatable = false)
    private int quarter;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal amount;

    @Column(name = "breakdown_reason", length = 1000)
    private String breakdownReason;

    @Column(name = "set_by", nullable = false, length = 60)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private LocalDateTime setAt;

    @Version
    private long version;

    protected SalesTarget() {
        // for JPA
    }

    public SalesTarget(int year, TargetMeasure measure, String holder, int quarter) {
        if (quarter < WHOLE_YEAR || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        this.year = year;
        this.measure = Objects.requireNonNull(measure);
        this.holder = Objects.requireNonNull(holder);
        this.quarter = quarter;
    }

    /** Sets the amount; the change to keep, or empty if it is the amount already set. */
    public Optional<TargetChange> set(BigDecimal to, String by, Instant at, String reason) {
        if (to.signum() < 0) {
            throw new IllegalArgumentException("a target is never negative");
        }
        if (amount != null && amount.compareTo(to) == 0) {
            return Optional.empty();
        }
        TargetChange change = new TargetChange(this, amount, to, by, at, reason);
        amount = to;
        setBy = by;
        setAt = utc(at);
        return Optional.of(change);
    }

    /** The change that takes this target away (it is then removed). */
    public TargetChange clear(String by, Instant at, String reason) {
        return new TargetChange(this, amount, null, by, at, reason);
    }

    /** Why the parts below this target leave more than the tolerance unassigned (null when they do not). */
    public void explainBreakdown(String reason) {
        breakdownReason = reason;
    }

    public int year() {
        return year;
    }

    public TargetMeasure measure() {
        return measure;
    }

    public String holder() {
        return holder;
    }

    public int quarter() {
        return quarter;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String breakdownReason() {
        return breakdownReason;
    }

    public String setBy() {
        return setBy;
    }

    public Instant setAt() {
        return instant(setAt);
    }
}

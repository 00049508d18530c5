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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

/** A target set or changed: from what to what, by whom, when and (once the year has begun) why. Never changed. */
@Entity
@Table(name = "target_change")
@NamedQuery(name = TargetChange.OF_YEAR, query = "select c from TargetChange c where c.year = :year order by c.changedAt desc, c.id desc")
public class TargetChange {

    public static final String OF_YEAR = "TargetChange.ofYear";

    @Id
    @SequenceGenerator(name = "target_change_seq", sequenceName = "target_change_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "target_change_seq")
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

    @Column(name = "amount_before", precision = 16, scale = 2, updatable = false)
    private BigDecimal before;

    @Column(name = "amount_after", precision = 16, scale = 2, updatable = false)
    private BigDecimal after;

    @Column(name = "changed_by", nullable = false, length = 60, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private LocalDateTime changedAt;

    @Column(length = 1000, updatable = false)
    private String reason;

    protected TargetChange() {
        // for JPA
    }

    TargetChange(SalesTarget target, BigDecimal before, BigDecimal after, String by, Instant at, String reason) {
        this.year = target.year();
        this.measure = target.measure();
        this.holder = target.holder();
        this.quarter = target.quarter();
        this.before = before;
        this.after = after;
        this.changedBy = by;
        this.changedAt = utc(at);
        this.reason = reason;
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

    public BigDecimal before() {
        return before;
    }

    public BigDecimal after() {
        return after;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return instant(changedAt);
    }

    public String reason() {
        return reason;
    }
}

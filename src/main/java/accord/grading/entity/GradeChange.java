package accord.grading.entity;

import static accord.platform.entity.UtcTime.instant;
import static accord.platform.entity.UtcTime.utc;

import accord.organisation.entity.Employee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One step in a person's grade history: from what to what, effective when, recorded by whom and why. Never edited. */
@Entity
@Table(name = "grade_change")
public class GradeChange {

    @Id
    @SequenceGenerator(name = "grade_change_seq", sequenceName = "grade_change_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grade_change_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", updatable = false)
    private Employee employee;

    @Column(name = "from_grade", length = 40, updatable = false)
    private String from;

    @Column(name = "to_grade", nullable = false, length = 40, updatable = false)
    private String to;

    @Column(name = "effective_on", nullable = false, updatable = false)
    private LocalDate effectiveOn;

    @Column(name = "recorded_by", nullable = false, length = 60, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    protected GradeChange() {
        // for JPA
    }

    public GradeChange(Employee employee, String from, String to, LocalDate effectiveOn, String recordedBy, Instant recordedAt,
            String reason) {
        this.employee = employee;
        this.from = from;
        this.to = to;
        this.effectiveOn = effectiveOn;
        this.recordedBy = recordedBy;
        this.recordedAt = utc(recordedAt);
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return instant(recordedAt);
    }

    public String getReason() {
        return reason;
    }
}

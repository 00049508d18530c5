package accord.grading.entity;

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

/** A course a person completed, as HR recorded it. */
@Entity
@Table(name = "training_record")
public class TrainingRecord {

    @Id
    @SequenceGenerator(name = "training_record_seq", sequenceName = "training_record_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_record_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", updatable = false)
    private Employee employee;

    @Column(nullable = false, length = 200, updatable = false)
    private String course;

    @Column(name = "completed_on", nullable = false, updatable = false)
    private LocalDate completedOn;

    @Column(name = "recorded_by", nullable = false, length = 60, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    protected TrainingRecord() {
        // for JPA
    }

    public TrainingRecord(Employee employee, String course, LocalDate completedOn, String recordedBy, Instant recordedAt) {
        this.employee = employee;
        this.course = course;
        this.completedOn = completedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = utc(recordedAt);
    }

    public Long getId() {
        return id;
    }

    public String getCourse() {
        return course;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}

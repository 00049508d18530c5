package accord.visit.entity;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/** A rep's visit to a customer: planned, done with its result and next step, or missed with why. */
@Entity
@Table(name = "visit")
public class Visit {

    @Id
    @SequenceGenerator(name = "visit_seq", sequenceName = "visit_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_seq")
    private Long id;

    @Column(nullable = false, length = 60, updatable = false)
    private String rep;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", updatable = false)
    private Customer customer;

    /** Whether the customer was still a prospect on the day the visit was planned or recorded. */
    @Column(nullable = false, updatable = false)
    private boolean prospect;

    @Column(name = "visit_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VisitPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VisitStatus status;

    @Column(length = 1000)
    private String result;

    @Column(name = "next_step", length = 500)
    private String nextStep;

    @Column(nullable = false, length = 36, unique = true, updatable = false)
    private String submission;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected Visit() {
        // for JPA
    }

    private Visit(String rep, Customer customer, LocalDate date, VisitPurpose purpose, VisitStatus status, String submission,
            Instant at) {
        this.rep = Objects.requireNonNull(rep);
        this.customer = Objects.requireNonNull(customer);
        this.prospect = customer.isProspect();
        this.date = Objects.requireNonNull(date);
        this.purpose = Objects.requireNonNull(purpose);
        this.status = status;
        this.submission = Objects.requireNonNull(submission);
        this.createdAt = utc(at);
        this.updatedAt = createdAt;
    }

    /** A visit done, recorded with what came of it. */
    public static Visit done(String rep, Customer customer, LocalDate date, VisitPurpose purpose, String result, String nextStep,
            String submission, Instant at) {
        Visit visit = new Visit(rep, customer, date, purpose, VisitStatus.DONE, submission, at);
        visit.result = Objects.requireNonNull(result);
        visit.nextStep = nextStep;
        return visit;
    }

    /** A visit planned for a day to come. */
    public static Visit planned(String rep, Customer customer, LocalDate date, VisitPurpose purpose, String submission, Instant at) {
        return new Visit(rep, customer, date, purpose, VisitStatus.PLANNED, submission, at);
    }

    /** The planned visit happened: what came of it. */
    public void report(String result, String nextStep, Instant at) {
        requirePlanned();
        this.status = VisitStatus.DONE;
        this.result = Objects.requireNonNull(result);
        this.nextStep = nextStep;
        this.updatedAt = utc(at);
    }

    /** The planned visit did not happen: why. */
    public void miss(String why, Instant at) {
        requirePlanned();
        this.status = VisitStatus.MISSED;
        this.result = Objects.requireNonNull(why);
        this.updatedAt = utc(at);
    }

    private void requirePlanned() {
        if (status != VisitStatus.PLANNED) {
            throw new IllegalStateException("visit " + id + " is " + status);
        }
    }

    public Long id() {
        return id;
    }

    public String rep() {
        return rep;
    }

    public Customer customer() {
        return customer;
    }

    public boolean prospect() {
        return prospect;
    }

    public LocalDate date() {
        return date;
    }

    public VisitPurpose purpose() {
        return purpose;
    }

    public VisitStatus status() {
        return status;
    }

    public String result() {
        return result;
    }

    public String nextStep() {
        return nextStep;
    }

    public long version() {
        return version;
    }
}

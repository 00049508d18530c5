package accord.deputy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A person away from first day to last day (inclusive), with the deputy who stands in. */
@Entity
@Table(name = "absence")
public class Absence {

    @Id
    @SequenceGenerator(name = "absence_seq", sequenceName = "absence_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "absence_seq")
    private Long id;

    @Column(name = "person_login", nullable = false, length = 60, updatable = false)
    private String person;

    @Column(name = "deputy_login", nullable = false, length = 60)
    private String deputy;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    /** When the absence ended and the open tasks went back; null while it is planned or lasts. */
    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    // Two cluster nodes ending the same absence at once: one wins, the other rolls back.
    @Version
    private long version;

    protected Absence() {
    }

    public Absence(String person, String deputy, LocalDate firstDay, LocalDate lastDay) {
        this.person = person;
        this.deputy = deputy;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    /** Another deputy (the first one left); never the absent person. */
    public void standIn(String newDeputy) {
        if (newDeputy == null || newDeputy.equals(person)) {
            throw new IllegalArgumentException("Nobody stands in for themselves: " + newDeputy);
        }
        this.deputy = newDeputy;
    }

    public boolean covers(LocalDate day) {
        return endedAt == null && !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public boolean isPlanned(LocalDate today) {
        return endedAt == null && today.isBefore(firstDay);
    }

    /** Not ended yet though its last day has passed (the hourly round ends it). */
    public boolean isOver(LocalDate today) {
        return endedAt == null && lastDay.isBefore(today);
    }

    /** Overlapping days with another absence of the same person that has not ended. */
    public boolean overlaps(LocalDate first, LocalDate last) {
        return endedAt == null && !first.isAfter(lastDay) && !last.isBefore(firstDay);
    }

    public void end(LocalDateTime at) {
        endedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getPerson() {
        return person;
    }

    public String getDeputy() {
        return deputy;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }
}

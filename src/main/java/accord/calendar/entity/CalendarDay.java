package accord.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An exception to the working week, kept by ADMIN: a public holiday, or a weekend day worked instead. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    /** What the day is. */
    public enum Kind { HOLIDAY, WORKDAY }

    @Id
    @Column(name = "calendar_date")
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(nullable = false, length = 100)
    private String name;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate day, Kind kind, String name) {
        this.day = day;
        this.kind = kind;
        this.name = name;
    }

    public LocalDate getDay() {
        return day;
    }

    public Kind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }
}

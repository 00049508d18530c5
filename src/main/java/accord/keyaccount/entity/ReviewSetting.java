package accord.keyaccount.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.MonthDay;

/** The day of the year on which the yearly reviews of key accounts start; one row, kept by ADMIN. */
@Entity
@Table(name = "review_setting")
public class ReviewSetting {

    public static final int THE_ONE = 1;

    @Id
    private int id;

    @Column(name = "start_month", nullable = false)
    private int startMonth;

    @Column(name = "start_day", nullable = false)
    private int startDay;

    @Version
    private long version;

    protected ReviewSetting() {
        // for JPA
    }

    public MonthDay startDay() {
        return MonthDay.of(startMonth, startDay);
    }

    public void startOn(MonthDay day) {
        this.startMonth = day.getMonthValue();
        this.startDay = day.getDayOfMonth();
    }
}

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;

/** A sales person's quarter in what the portal cannot compute: new customers won and customer visits made. */
@Entity
@Table(name = "rep_activity")
public class RepActivity {

    @Id
    @SequenceGenerator(name = "rep_activity_seq", sequenceName = "rep_activity_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rep_activity_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", updatable = false)
    private Employee employee;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "fiscal_quarter", nullable = false, updatable = false)
    private int quarter;

    @Column(name = "new_customers", nullable = false)
    private int newCustomers;

    @Column(nullable = false)
    private int visits;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected RepActivity() {
        // for JPA
    }

    public RepActivity(Employee employee, int year, int quarter) {
        this.employee = employee;
        this.year = year;
        this.quarter = quarter;
    }

    /** True if anything changed. */
    public boolean set(int newCustomers, int visits, String by, Instant at) {
        if (updatedBy != null && this.newCustomers == newCustomers && this.visits == visits) {
            return false;
        }
        this.newCustomers = newCustomers;
        this.visits = visits;
        this.updatedBy = by;
        this.updatedAt = utc(at);
        return true;
    }

    public Employee getEmployee() {
        return employee;
    }

    public int getYear() {
        return year;
    }

    public int getQuarter() {
        return quarter;
    }

    public int getNewCustomers() {
        return newCustomers;
    }

    public int getVisits() {
        return visits;
    }
}

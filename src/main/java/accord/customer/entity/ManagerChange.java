package accord.customer.entity;

import static accord.platform.entity.UtcTime.instant;
import static accord.platform.entity.UtcTime.utc;

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
import java.time.LocalDateTime;

/** An account went from one manager to another (either may be nobody): who did it and when. Never changed once written. */
@Entity
@Table(name = "account_manager_change")
public class ManagerChange {

    @Id
    @SequenceGenerator(name = "account_manager_change_seq", sequenceName = "account_manager_change_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_manager_change_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id", updatable = false)
    private Customer customer;

    @Column(name = "from_login", length = 60, updatable = false)
    private String from;

    @Column(name = "to_login", length = 60, updatable = false)
    private String to;

    @Column(name = "changed_by", nullable = false, length = 60, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private LocalDateTime changedAt;

    protected ManagerChange() {
        // for JPA
    }

    public ManagerChange(Customer customer, String from, String to, String changedBy, Instant changedAt) {
        this.customer = customer;
        this.from = from;
        this.to = to;
        this.changedBy = changedBy;
        this.changedAt = utc(changedAt);
    }

    public Long customerId() {
        return customer.id();
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return instant(changedAt);
    }
}

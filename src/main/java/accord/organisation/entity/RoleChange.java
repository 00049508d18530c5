package accord.organisation.entity;

import static accord.platform.entity.UtcTime.instant;
import static accord.platform.entity.UtcTime.utc;

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
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/** A role granted to or revoked from a person: by whom, when and why. Never changed once written. */
@Entity
@Table(name = "role_change")
public class RoleChange {

    @Id
    @SequenceGenerator(name = "role_change_seq", sequenceName = "role_change_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_change_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", updatable = false)
    private Employee employee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Role role;

    @Column(nullable = false, updatable = false)
    private boolean granted;

    @Column(nullable = false, length = 500, updatable = false)
    private String reason;

    @Column(name = "changed_by", nullable = false, length = 60, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private LocalDateTime changedAt;

    protected RoleChange() {
        // for JPA
    }

    public RoleChange(Employee employee, Role role, boolean granted, String reason, String changedBy, Instant changedAt) {
        this.employee = Objects.requireNonNull(employee);
        this.role = Objects.requireNonNull(role);
        this.granted = granted;
        this.reason = Objects.requireNonNull(reason);
        this.changedBy = Objects.requireNonNull(changedBy);
        this.changedAt = utc(changedAt);
    }

    public Role role() {
        return role;
    }

    public boolean granted() {
        return granted;
    }

    public String reason() {
        return reason;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return instant(changedAt);
    }
}

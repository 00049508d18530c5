package accord.platform.entity;

import static accord.platform.entity.UtcTime.instant;
import static accord.platform.entity.UtcTime.utc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/** One line of the audit trail. Written once, never changed: no setter, every column not updatable. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int ACTOR_LENGTH = 60;
    public static final int SUBJECT_LENGTH = 200;
    public static final int DETAIL_LENGTH = 2000;
    public static final int ADDRESS_LENGTH = 64;

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private LocalDateTime at;

    @Column(length = ACTOR_LENGTH, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private AuditAction action;

    @Column(length = SUBJECT_LENGTH, updatable = false)
    private String subject;

    @Column(length = DETAIL_LENGTH, updatable = false)
    private String detail;

    @Column(length = ADDRESS_LENGTH, updatable = false)
    private String address;

    protected AuditEntry() {
        // for JPA
    }

    /**
     * A line as given, each text cut to its column with a mark that it was: the trail records what
     * it can of an oversized value (a login typed 300 characters long) rather than fail the action.
     */
    public AuditEntry(Instant at, String actor, AuditAction action, String subject, String detail, String address) {
        this.at = utc(Objects.requireNonNull(at));
        this.actor = fit(actor, ACTOR_LENGTH);
        this.action = Objects.requireNonNull(action);
        this.subject = fit(subject, SUBJECT_LENGTH);
        this.detail = fit(detail, DETAIL_LENGTH);
        this.address = fit(address, ADDRESS_LENGTH);
    }

    static String fit(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        return text.substring(0, length - 1) + "…";
    }

    public Long getId() { return id; }
    public Instant getAt() { return instant(at); }
    public String getActor() { return actor; }
    public AuditAction getAction() { return action; }
    public String getSubject() { return subject; }
    public String getDetail() { return detail; }
    public String getAddress() { return address; }
}

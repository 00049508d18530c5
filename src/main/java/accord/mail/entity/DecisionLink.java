package accord.mail.entity;

import static accord.platform.entity.UtcTime.instant;
import static accord.platform.entity.UtcTime.utc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A decision button in a mail: the fingerprint of its token, bound to one task, one person and one
 * decision; it works once and until it runs out.
 */
@Entity
@Table(name = "decision_link")
public class DecisionLink {

    @Id
    @SequenceGenerator(name = "decision_link_seq", sequenceName = "decision_link_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_link_seq")
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(nullable = false, length = 60, updatable = false)
    private String recipient;

    @Column(name = "task_id", nullable = false, length = 64, updatable = false)
    private String taskId;

    @Column(nullable = false, length = 30, updatable = false)
    private String decision;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    @Version
    private long version;

    protected DecisionLink() {
        // for JPA
    }

    public DecisionLink(String tokenHash, String recipient, String taskId, String decision, Instant at, Instant expiresAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.recipient = Objects.requireNonNull(recipient);
        this.taskId = Objects.requireNonNull(taskId);
        this.decision = Objects.requireNonNull(decision);
        this.createdAt = utc(at);
        this.expiresAt = utc(expiresAt);
    }

    /** Spends the link: it never works again. */
    public void use(Instant at) {
        if (usedAt != null) {
            throw new IllegalStateException("A decision link works once");
        }
        usedAt = utc(at);
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean hasExpired(Instant now) {
        return !now.isBefore(instant(expiresAt));
    }

    public String getRecipient() {
        return recipient;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getDecision() {
        return decision;
    }

    public Instant getExpiresAt() {
        return instant(expiresAt);
    }

    public Instant getUsedAt() {
        return instant(usedAt);
    }
}

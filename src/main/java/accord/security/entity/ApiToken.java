package accord.security.entity;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/** A machine's key to the REST API, acting as its owner: only its fingerprint is kept. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** Last use is written at most this often: an API caller's every request need not write a row. */
    private static final Duration USE_GRAIN = Duration.ofMinutes(1);

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "shown_prefix", nullable = false, length = 12, updatable = false)
    private String shownPrefix;

    @Column(nullable = false, length = 60, updatable = false)
    private String owner;

    @Column(nullable = false, length = 100, updatable = false)
    private String label;

    @Column(name = "issued_by", nullable = false, length = 60, updatable = false)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private LocalDateTime issuedAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "revoked_by", length = 60)
    private String revokedBy;

    @Version
    private long version;

    protected ApiToken() {
        // for JPA
    }

    public ApiToken(String tokenHash, String shownPrefix, String owner, String label, String issuedBy, Instant at) {
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.shownPrefix = Objects.requireNonNull(shownPrefix);
        this.owner = Objects.requireNonNull(owner);
        this.label = Objects.requireNonNull(label);
        this.issuedBy = Objects.requireNonNull(issuedBy);
        this.issuedAt = utc(at);
    }

    /**
     * Is a use at this moment worth writing down (not within a minute of the last noted)? The note
     * itself is a conditional update without the version ({@code ApiTokens}): parallel requests
     * with one token must not fail each other.
     */
    public boolean useWorthNoting(Instant at) {
        return lastUsedAt == null || !instant(lastUsedAt).plus(USE_GRAIN).isAfter(at);
    }

    /** The last moment a use may have been noted before a use at {@code at} is noted again. */
    public static LocalDateTime noteUsesBefore(Instant at) {
        return utc(at.minus(USE_GRAIN));
    }

    public void revoke(String by, Instant at) {
        if (revokedAt == null) {
            revokedAt = utc(at);
            revokedBy = by;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getShownPrefix() {
        return shownPrefix;
    }

    public String getOwner() {
        return owner;
    }

    public String getLabel() {
        return label;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return instant(issuedAt);
    }

    public Instant getLastUsedAt() {
        return instant(lastUsedAt);
    }

    public Instant getRevokedAt() {
        return instant(revokedAt);
    }
}

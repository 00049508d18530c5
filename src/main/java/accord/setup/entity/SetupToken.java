package accord.setup.entity;

import static accord.platform.entity.UtcTime.instant;
import static accord.platform.entity.UtcTime.utc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;

/** A one-time setup token, kept as its hash only: the token itself is in the server log, nowhere else. */
@Entity
@Table(name = "setup_token")
public class SetupToken {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    protected SetupToken() {
        // for JPA
    }

    public SetupToken(String tokenHash, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.createdAt = utc(createdAt);
        this.expiresAt = utc(expiresAt);
    }

    public Instant expiresAt() {
        return instant(expiresAt);
    }
}

package accord.security.entity;

import accord.platform.entity.UtcTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Consecutive failed sign-ins under one key (a login at a client address, or an address over every
 * login: SignInThrottle), and until when that must wait.
 */
@Entity
@Table(name = "signin_throttle")
public class FailedSignIns {

    @Id
    @Column(name = "login", length = 120)
    private String key;

    @Column(nullable = false)
    private int failures;

    // Stored as UTC date-times: EclipseLink 4 (JPA 3.1) does not map Instant.
    @Column(name = "last_failure", nullable = false)
    private LocalDateTime lastFailure;

    @Column(name = "blocked_until")
    private LocalDateTime blockedUntil;

    protected FailedSignIns() {
        // for JPA
    }

    public FailedSignIns(String key) {
        this.key = key;
    }

    public void fail(Instant now) {
        fail(now, ThrottlePolicy.FREE_FAILURES);
    }

    /** One more failure, the first {@code free} of a row costing no wait. */
    public void fail(Instant now, int free) {
        failures = ThrottlePolicy.failuresAfter(failures, UtcTime.instant(lastFailure), now);
        lastFailure = UtcTime.utc(now);
        blockedUntil = UtcTime.utc(ThrottlePolicy.blockedUntil(failures, free, now));
    }

    /** How long the login must still wait before its next attempt; zero if it may try now. */
    public Duration waitAt(Instant now) {
        Instant until = UtcTime.instant(blockedUntil);
        if (until == null || !until.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, until);
    }

    public int failures() {
        return failures;
    }
}

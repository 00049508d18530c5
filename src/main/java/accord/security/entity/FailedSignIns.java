package accord.security.entity;

import accord.security.control.ThrottlePolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** Consecutive failed sign-ins of one login, and until when it must wait. */
@Entity
@Table(name = "signin_throttle")
public class FailedSignIns {

    @Id
    @Column(length = 60)
    private String login;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure", nullable = false)
    private Instant lastFailure;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected FailedSignIns() {
        // for JPA
    }

    public FailedSignIns(String login) {
        this.login = login;
    }

    public void fail(Instant now) {
        failures = ThrottlePolicy.failuresAfter(failures, lastFailure, now);
        lastFailure = now;
        blockedUntil = ThrottlePolicy.blockedUntil(failures, now);
    }

    /** How long the login must still wait before its next attempt; zero if it may try now. */
    public Duration waitAt(Instant now) {
        if (blockedUntil == null || !blockedUntil.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, blockedUntil);
    }

    public int failures() {
        return failures;
    }
}

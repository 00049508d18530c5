package accord.security.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * How long an account waits after failed sign-ins: the first {@value #FREE_FAILURES} are free,
 * then the wait doubles from {@link #FIRST_WAIT} up to {@link #LONGEST_WAIT}. Failures older than
 * {@link #MEMORY} are forgotten.
 */
public final class ThrottlePolicy {

    static final int FREE_FAILURES = 3;
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration MEMORY = Duration.ofMinutes(30);

    private ThrottlePolicy() {
    }

    /** The failure count after one more failure at {@code now}, given the last one. */
    public static int failuresAfter(int previousFailures, Instant lastFailure, Instant now) {
        boolean forgotten = lastFailure == null || lastFailure.plus(MEMORY).isBefore(now);
        return forgotten ? 1 : previousFailures + 1;
    }

    /** Until when sign-in is refused after this many consecutive failures, or null if it is not. */
    public static Instant blockedUntil(int failures, Instant lastFailure) {
        if (failures <= FREE_FAILURES) {
            return null;
        }
        int doublings = Math.min(failures - FREE_FAILURES - 1, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        return lastFailure.plus(wait);
    }
}

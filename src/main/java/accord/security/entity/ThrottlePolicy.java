package accord.security.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a client waits after failed sign-ins: for one login at one address the first
 * {@value #FREE_FAILURES} are free, for one address over all logins (password spraying) the first
 * {@value #FREE_FAILURES_OF_AN_ADDRESS}; then the wait doubles from {@link #FIRST_WAIT} up to
 * {@link #LONGEST_WAIT}. Failures older than {@link #MEMORY} are forgotten.
 */
public final class ThrottlePolicy {

    public static final int FREE_FAILURES = 3;
    public static final int FREE_FAILURES_OF_AN_ADDRESS = 10;
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

    /** Until when sign-in is refused after this many consecutive failures of a login, or null if it is not. */
    public static Instant blockedUntil(int failures, Instant lastFailure) {
        return blockedUntil(failures, FREE_FAILURES, lastFailure);
    }

    /** Until when sign-in is refused after this many consecutive failures, the first so many free. */
    public static Instant blockedUntil(int failures, int free, Instant lastFailure) {
        if (failures <= free) {
            return null;
        }
        int doublings = Math.min(failures - free - 1, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        return lastFailure.plus(wait);
    }
}

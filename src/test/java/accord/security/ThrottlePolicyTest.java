package accord.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import accord.security.entity.FailedSignIns;
import accord.security.entity.ThrottlePolicy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void theFirstThreeFailuresCostNothing() {
        assertNull(ThrottlePolicy.blockedUntil(1, NOW));
        assertNull(ThrottlePolicy.blockedUntil(3, NOW));
    }

    @Test
    void theWaitDoublesFromFiveSecondsUpToFifteenMinutes() {
        assertEquals(NOW.plusSeconds(5), ThrottlePolicy.blockedUntil(4, NOW));
        assertEquals(NOW.plusSeconds(10), ThrottlePolicy.blockedUntil(5, NOW));
        assertEquals(NOW.plusSeconds(20), ThrottlePolicy.blockedUntil(6, NOW));
        assertEquals(NOW.plus(Duration.ofMinutes(15)), ThrottlePolicy.blockedUntil(12, NOW));
        assertEquals(NOW.plus(Duration.ofMinutes(15)), ThrottlePolicy.blockedUntil(500, NOW));
    }

    @Test
    void failuresAreForgottenAfterHalfAnHour() {
        assertEquals(6, ThrottlePolicy.failuresAfter(5, NOW.minus(Duration.ofMinutes(29)), NOW));
        assertEquals(1, ThrottlePolicy.failuresAfter(5, NOW.minus(Duration.ofMinutes(31)), NOW));
        assertEquals(1, ThrottlePolicy.failuresAfter(0, null, NOW));
    }

    @Test
    void anAccountWaitsAfterItsFourthFailureInARow() {
        FailedSignIns record = new FailedSignIns("wang.fang");
        for (int i = 0; i < 3; i++) {
            record.fail(NOW);
        }
        assertEquals(Duration.ZERO, record.waitAt(NOW));

        record.fail(NOW);
        assertEquals(Duration.ofSeconds(5), record.waitAt(NOW));
        assertEquals(Duration.ofSeconds(2), record.waitAt(NOW.plusSeconds(3)));
        assertEquals(Duration.ZERO, record.waitAt(NOW.plusSeconds(5)));
    }
}

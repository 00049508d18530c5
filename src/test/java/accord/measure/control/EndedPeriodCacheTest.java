package accord.measure.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What is kept of the measures' inputs: only ended periods, until a measured record is written or a minute passes. */
class EndedPeriodCacheTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final AtomicInteger reads = new AtomicInteger();
    private final EndedPeriodCache cache = new EndedPeriodCache();

    private int read(Period period) {
        return cache.of(new EndedPeriodCache.Key("inputs", Scope.company(), period, SHANGHAI), reads::incrementAndGet);
    }

    private void at(String instant) {
        cache.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void anEndedPeriodIsReadOnceUntilARecordIsWritten() {
        at("2026-12-07T10:00:00Z");
        assertEquals(1, read(Period.quarter(2026, 3)));
        assertEquals(1, read(Period.quarter(2026, 3)), "kept");
        assertEquals(2, read(Period.quarter(2026, 2)), "another period is read");
        cache.changed();
        assertEquals(3, read(Period.quarter(2026, 3)), "read again after a write");
        assertEquals(3, read(Period.quarter(2026, 3)));
    }

    @Test
    void aKeptValueIsReadAgainAfterAMinute() {
        at("2026-12-07T10:00:00Z");
        assertEquals(1, read(Period.quarter(2026, 3)));
        at("2026-12-07T10:00:59Z");
        assertEquals(1, read(Period.quarter(2026, 3)));
        at("2026-12-07T10:01:00Z");
        assertEquals(2, read(Period.quarter(2026, 3)), "changes made on another server show within a minute");
    }

    @Test
    void aPeriodStillRunningIsNeverKept() {
        at("2026-12-07T10:00:00Z");
        assertEquals(1, read(Period.quarter(2026, 4)));
        assertEquals(2, read(Period.quarter(2026, 4)));
        // November ends at midnight in Shanghai, 16:00 UTC on the 30th.
        at("2026-11-30T15:59:59Z");
        assertEquals(3, read(Period.month(2026, 11)));
        assertEquals(4, read(Period.month(2026, 11)));
        at("2026-11-30T16:00:00Z");
        assertEquals(5, read(Period.month(2026, 11)));
        assertEquals(5, read(Period.month(2026, 11)), "ended in the reader's zone: kept");
    }
}

package accord.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The workflows' figures kept: an ended month read once an hour, per scope; a running one on every load. */
class EndedMonthFiguresTest {

    private static final Instant NOVEMBER = Instant.parse("2026-10-31T16:00:00Z");
    private static final Instant DECEMBER = Instant.parse("2026-11-30T16:00:00Z");
    private final AtomicInteger reads = new AtomicInteger();
    private final EndedMonthFigures figures = new EndedMonthFigures();

    private int read(Instant from, Instant to, Optional<Set<String>> members) {
        return figures.of(new EndedMonthFigures.Key(from, to, members), () -> {
            reads.incrementAndGet();
            return List.of();
        }).size() + reads.get();
    }

    private void at(String instant) {
        figures.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void anEndedMonthIsReadOncePerScopeWithinTheHour() {
        at("2026-12-07T10:00:00Z");
        assertEquals(1, read(NOVEMBER, DECEMBER, Optional.empty()));
        assertEquals(1, read(NOVEMBER, DECEMBER, Optional.empty()), "kept");
        assertEquals(2, read(NOVEMBER, DECEMBER, Optional.of(Set.of("he.peng"))), "another department's steps are read");
        at("2026-12-07T10:59:59Z");
        assertEquals(2, read(NOVEMBER, DECEMBER, Optional.empty()));
        at("2026-12-07T11:00:00Z");
        assertEquals(3, read(NOVEMBER, DECEMBER, Optional.empty()), "cases the cleanup removed go within the hour");
    }

    @Test
    void aRunningMonthIsReadEveryTime() {
        at("2026-12-07T10:00:00Z");
        Instant january = Instant.parse("2026-12-31T16:00:00Z");
        assertEquals(1, read(DECEMBER, january, Optional.empty()));
        assertEquals(2, read(DECEMBER, january, Optional.empty()));
    }
}

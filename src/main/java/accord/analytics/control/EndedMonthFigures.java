package accord.analytics.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The workflows' figures of periods that have ended, kept: the engine's history of an ended period
 * no longer changes (a step counts in the period it ended in, a case in the ones it started and
 * ended in), so a month is read once, not on every page load. Only the history cleanup still
 * removes whole cases, years old: a kept value is read again after {@link #AT_MOST}. A period still
 * running is always read.
 */
@ApplicationScoped
public class EndedMonthFigures {

    static final Duration AT_MOST = Duration.ofHours(1);
    private static final int MOST_KEPT = 500;

    /** A period and whose steps (none: the whole workflows). */
    record Key(Instant from, Instant to, Optional<Set<String>> members) {
    }

    private record Kept(Instant at, List<WorkflowPerformance.Flow> flows) {
    }

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    Clock clock = Clock.systemUTC();

    List<WorkflowPerformance.Flow> of(Key key, Supplier<List<WorkflowPerformance.Flow>> read) {
        Instant now = clock.instant();
        if (key.to().isAfter(now)) {
            return read.get();
        }
        Kept found = kept.get(key);
        if (found != null && found.at().plus(AT_MOST).isAfter(now)) {
            return found.flows();
        }
        List<WorkflowPerformance.Flow> flows = List.copyOf(read.get());
        if (kept.size() >= MOST_KEPT) {
            kept.clear();
        }
        kept.put(key, new Kept(now, flows));
        return flows;
    }
}

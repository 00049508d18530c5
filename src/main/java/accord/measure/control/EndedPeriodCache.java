package accord.measure.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The measures' inputs of periods that have ended, kept so that the dashboards do not read a
 * company's quarter again on every page load. An ended period still changes when a record is
 * entered or corrected late (a quarter's sales are reported after it ends), so a kept value is
 * dropped as soon as a transaction that wrote a measured record commits on this server
 * ({@link MeasuredRecordWrites}), and in any case after {@link #AT_MOST}: that bounds how late a
 * change made on another cluster member, or by SQL outside JPA, shows here. A period still running
 * is never kept.
 */
@ApplicationScoped
public class EndedPeriodCache {

    /** How long a kept value is used at most. */
    public static final Duration AT_MOST = Duration.ofMinutes(1);

    /** Beyond this many values (scopes times periods), everything kept is dropped and read again. */
    private static final int MOST_KEPT = 5_000;

    /** What is kept: which read, for whom, of which period, in which time zone. */
    record Key(String read, Scope scope, Period period, ZoneId zone) {
    }

    private record Kept(long generation, Instant at, Object value) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    @Resource
    TransactionSynchronizationRegistry transactions;

    Clock clock = Clock.systemUTC();

    /** The value of an ended period as kept, or read now (and kept when the period has ended). */
    @SuppressWarnings("unchecked")
    <T> T of(Key key, Supplier<T> read) {
        Instant now = clock.instant();
        if (key.period().end(key.zone()).isAfter(now)) {
            return read.get();
        }
        long current = generation.get();
        Kept found = kept.get(key);
        if (found != null && found.generation() == current && found.at().plus(AT_MOST).isAfter(now)) {
            return (T) found.value();
        }
        // The generation is taken before reading: a write committed meanwhile makes this value stale at once.
        T value = read.get();
        if (kept.size() >= MOST_KEPT) {
            kept.clear();
        }
        kept.put(key, new Kept(current, now, value));
        return value;
    }

    /**
     * A measured record was written in the current transaction: what is kept is dropped once it
     * ends (committed or not; a rollback only costs a read). Writers that bypass JPA call this too.
     */
    public void changed() {
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            forget();
            return;
        }
        if (transactions.getResource(EndedPeriodCache.class) == null) {
            transactions.putResource(EndedPeriodCache.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    private void forget() {
        generation.incrementAndGet();
        kept.clear();
    }
}

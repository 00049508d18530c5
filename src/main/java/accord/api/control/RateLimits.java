package accord.api.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How many requests a token may make: {@code accord.api.requests-per-minute} (120) per token and
 * node, in fixed one-minute windows. A runaway script gets 429 with the seconds to wait, and the
 * people working in the portal do not notice it. Kept in memory: each node counts its own.
 */
@ApplicationScoped
public class RateLimits {

    private record Window(long minute, int count) {
    }

    private final Map<Long, Window> windows = new ConcurrentHashMap<>();

    /** Empty when the request may go on; otherwise the seconds until the token may ask again. */
    public OptionalLong admit(long tokenId, long nowMillis) {
        int limit = ConfigProvider.getConfig().getOptionalValue("accord.api.requests-per-minute", Integer.class).orElse(120);
        long minute = nowMillis / Duration.ofMinutes(1).toMillis();
        Window window = windows.merge(tokenId, new Window(minute, 1),
                (old, fresh) -> old.minute() == minute ? new Window(minute, old.count() + 1) : fresh);
        if (window.count() <= limit) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, 60 - (nowMillis / 1000) % 60));
    }
}

package accord.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for something the portal's job executor does on its own thread (a timer made due, an
 * async step): asks again every quarter second until it holds or the time is up. The caller
 * asserts afterwards, so a timeout fails with the test's own message.
 */
public final class Eventually {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Eventually() {
    }

    public static void until(BooleanSupplier condition) {
        long giveUpAt = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < giveUpAt) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

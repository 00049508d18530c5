package accord.workflow.control;

import org.eclipse.microprofile.config.ConfigProvider;

/** How each node's job executor runs the workflows' timers and queued steps (MicroProfile Config). */
public final class JobExecutorSettings {

    private JobExecutorSettings() {
    }

    /** How long the executor waits before it looks again for due jobs when it found none: {@code accord.engine.poll-millis} (5000). */
    public static int pollMillis() {
        return ConfigProvider.getConfig().getOptionalValue("accord.engine.poll-millis", Integer.class).orElse(5_000);
    }

    /** How long a node's lock on a job lasts: {@code accord.engine.job-lock-seconds} (300). */
    public static int jobLockSeconds() {
        return ConfigProvider.getConfig().getOptionalValue("accord.engine.job-lock-seconds", Integer.class).orElse(300);
    }
}

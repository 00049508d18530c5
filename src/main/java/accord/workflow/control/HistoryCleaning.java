package accord.workflow.control;

import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flowable.engine.ProcessEngineConfiguration;

/**
 * Flowable's history cleanup, on: a scheduled engine job removes finished cases older than
 * {@code accord.history.keep-days} (three years) with their history (steps, variables, comments,
 * files); the business records (complaints, handoffs, reviews, nominations, proposals) stay.
 * It runs at {@code accord.history.cleaning-cron} (Quartz-style, 02:30 every night), on one node
 * of a cluster (an engine timer job), deleting {@code accord.history.cleaning-batch} cases per
 * transaction. {@code accord.history.cleaning=false} turns it off.
 */
public final class HistoryCleaning {

    static final int KEEP_DAYS = 3 * 365;

    private HistoryCleaning() {
    }

    public static void configure(ProcessEngineConfiguration configuration) {
        Config config = ConfigProvider.getConfig();
        configuration.setEnableHistoryCleaning(config.getOptionalValue("accord.history.cleaning", Boolean.class).orElse(true));
        configuration.setCleanInstancesEndedAfter(Duration.ofDays(
                config.getOptionalValue("accord.history.keep-days", Integer.class).orElse(KEEP_DAYS)));
        configuration.setHistoryCleaningTimeCycleConfig(
                config.getOptionalValue("accord.history.cleaning-cron", String.class).orElse("0 30 2 * * ?"));
        configuration.setCleanInstancesBatchSize(config.getOptionalValue("accord.history.cleaning-batch", Integer.class).orElse(500));
    }
}

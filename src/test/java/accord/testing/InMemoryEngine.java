package accord.testing;

import java.util.UUID;
import org.flowable.common.engine.impl.interceptor.EngineConfigurationConstants;
import org.flowable.dmn.api.DmnDecisionService;
import org.flowable.dmn.engine.DmnEngineConfiguration;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.dmn.engine.configurator.DmnEngineConfigurator;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;

/**
 * A Flowable engine on a private in-memory H2 database, for BPMN and DMN unit tests that need
 * no container. The job executor is off: tests move the engine clock and run due jobs themselves.
 */
public final class InMemoryEngine {

    private InMemoryEngine() {
    }

    /** The DMN engine of an engine built by {@link #start()}. */
    public static DmnDecisionService decisions(ProcessEngine engine) {
        DmnEngineConfiguration dmn = (DmnEngineConfiguration) engine.getProcessEngineConfiguration()
                .getEngineConfigurations().get(EngineConfigurationConstants.KEY_DMN_ENGINE_CONFIG);
        return dmn.getDmnDecisionService();
    }

    public static ProcessEngine start() {
        return start(java.util.Map.of());
    }

    /** An engine whose expressions find these beans by name (the test's stand-ins for ProcessBeans). */
    public static ProcessEngine start(java.util.Map<Object, Object> beans) {
        return start(beans, java.util.Map.of());
    }

    /** As above, with engine event listeners by event type name (as WorkflowEngine registers DeputyRouting). */
    public static ProcessEngine start(java.util.Map<Object, Object> beans,
            java.util.Map<String, java.util.List<org.flowable.common.engine.api.delegate.event.FlowableEventListener>> listeners) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setEngineName("test-" + UUID.randomUUID());
        configuration.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=1000");
        configuration.setDisableIdmEngine(true);
        configuration.setAsyncExecutorActivate(false);
        configuration.setHistoryLevel(HistoryLevel.AUDIT);
        configuration.addConfigurator(new DmnEngineConfigurator());
        configuration.setBeans(new java.util.HashMap<>(beans));
        configuration.setTypedEventListeners(new java.util.HashMap<>(listeners));
        return configuration.buildProcessEngine();
    }
}

package accord.workflow.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.flowable.common.engine.impl.interceptor.EngineConfigurationConstants;
import org.flowable.dmn.api.DmnRepositoryService;
import org.flowable.dmn.engine.DmnEngineConfiguration;
import org.flowable.engine.ProcessMigrationService;

/** The engine's services that operations uses (moving cases between versions, the decision tables' versions). */
@ApplicationScoped
public class EngineServices {

    @Inject
    WorkflowEngine workflows;

    @Produces
    @ApplicationScoped
    public ProcessMigrationService processMigrationService() {
        return workflows.engine().getProcessMigrationService();
    }

    @Produces
    @ApplicationScoped
    public DmnRepositoryService dmnRepositoryService() {
        DmnEngineConfiguration dmn = (DmnEngineConfiguration) workflows.engine().getProcessEngineConfiguration()
                .getEngineConfigurations().get(EngineConfigurationConstants.KEY_DMN_ENGINE_CONFIG);
        return dmn.getDmnRepositoryService();
    }
}

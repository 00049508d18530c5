package accord.workflow.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flowable.engine.ProcessEngine;

/** Ready once the workflow engine is built, answers queries and runs its job executor. */
@Readiness
@ApplicationScoped
public class EngineReadiness implements HealthCheck {

    @Inject
    WorkflowEngine workflowEngine;

    @Override
    public HealthCheckResponse call() {
        try {
            ProcessEngine engine = workflowEngine.engine();
            long definitions = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
            boolean jobsRunning = engine.getProcessEngineConfiguration().getAsyncExecutor().isActive();
            return HealthCheckResponse.named("workflow-engine")
                    .status(jobsRunning)
                    .withData("processDefinitions", definitions)
                    .withData("jobExecutor", jobsRunning ? "running" : "stopped")
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("workflow-engine").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}

package accord.workflow.boundary;

import accord.workflow.control.WorkflowMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flowable.engine.ProcessEngine;

/**
 * Ready once the workflow engine has started (never starting it), answers queries and runs its job
 * executor; says how many jobs are dead (Administration → Failed jobs) and failing.
 */
@Readiness
@ApplicationScoped
public class EngineReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        try {
            ProcessEngine engine = WorkflowEngine.ifStarted().orElse(null);
            if (engine == null) {
                return HealthCheckResponse.named("workflow-engine").down().withData("jobExecutor", "starting").build();
            }
            long definitions = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
            boolean jobsRunning = engine.getProcessEngineConfiguration().getAsyncExecutor().isActive();
            var management = engine.getManagementService();
            // Failed jobs do not make a node unready (another node would fail them alike): they are told, for an operator.
            return HealthCheckResponse.named("workflow-engine")
                    .status(jobsRunning)
                    .withData("processDefinitions", definitions)
                    .withData("jobExecutor", jobsRunning ? "running" : "stopped")
                    .withData("deadJobs", WorkflowMetrics.deadJobs(management))
                    .withData("failingJobs", WorkflowMetrics.failingJobs(management))
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("workflow-engine").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}

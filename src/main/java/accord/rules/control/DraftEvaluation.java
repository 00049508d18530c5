package accord.rules.control;

import accord.workflow.boundary.WorkflowEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.impl.interceptor.EngineConfigurationConstants;
import org.flowable.dmn.api.DecisionExecutionAuditContainer;
import org.flowable.dmn.api.ExecuteDecisionContext;
import org.flowable.dmn.engine.DmnEngineConfiguration;
import org.flowable.dmn.model.Decision;
import org.flowable.dmn.model.DmnDefinition;

/**
 * Evaluates a decision table that is not deployed (a draft, or a version read back) with the
 * engine's own rule executor, so that what the editor shows before saving is what the engine will
 * decide after. Nothing is written: no deployment, no history.
 */
@ApplicationScoped
public class DraftEvaluation {

    @Inject
    WorkflowEngine workflows;

    public OwnedTable.Evaluator of(DmnDefinition definition) {
        Decision decision = definition.getDecisions().get(0);
        DmnEngineConfiguration dmn = (DmnEngineConfiguration) workflows.engine().getProcessEngineConfiguration()
                .getEngineConfigurations().get(EngineConfigurationConstants.KEY_DMN_ENGINE_CONFIG);
        return inputs -> {
            ExecuteDecisionContext context = new ExecuteDecisionContext();
            context.setDecisionKey(decision.getId());
            // The executor adds to the variables: a copy it may change.
            context.setVariables(new HashMap<>(inputs));
            DecisionExecutionAuditContainer result = dmn.getCommandExecutor()
                    .execute(commandContext -> dmn.getRuleEngineExecutor().execute(decision, context));
            if (result.isFailed()) {
                throw new IllegalStateException("The table could not be evaluated: " + result.getExceptionMessage());
            }
            List<Map<String, Object>> decided = result.getDecisionResult();
            return decided == null ? List.of() : decided;
        };
    }
}

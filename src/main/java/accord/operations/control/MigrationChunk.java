package accord.operations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ProcessMigrationService;
import org.flowable.engine.migration.ActivityMigrationMapping;
import org.flowable.engine.migration.ProcessInstanceMigrationBuilder;

/**
 * Moves cases to another version of their workflow with the engine's process migration, a chunk of
 * them in a transaction of its own: a large version moves in many short transactions, and a chunk
 * that fails leaves the others moved.
 */
@ApplicationScoped
public class MigrationChunk {

    @Inject
    ProcessMigrationService migrations;

    /** The engine's migration to that version, with the steps that are mapped (old step id → new step id). */
    ProcessInstanceMigrationBuilder builder(String toDefinitionId, Map<String, String> mappings) {
        ProcessInstanceMigrationBuilder builder = migrations.createProcessInstanceMigrationBuilder().migrateToProcessDefinition(toDefinitionId);
        mappings.forEach((from, to) -> builder.addActivityMigrationMapping(ActivityMigrationMapping.createMappingFor(from, to)));
        return builder;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void migrate(List<String> caseIds, String toDefinitionId, Map<String, String> mappings) {
        for (String id : caseIds) {
            builder(toDefinitionId, mappings).migrate(id);
        }
    }
}

package accord.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.flowable.engine.RuntimeService;
import org.flowable.task.api.Task;

/** The business entity a task's case stands for: the case's process variable holds the entity's id. */
@ApplicationScoped
public class CaseEntities {

    @PersistenceContext
    EntityManager em;

    @Inject
    RuntimeService runtime;

    /** Empty for a task of another process, or when the entity is gone. */
    public <T> Optional<T> of(Task task, String processKey, String idVariable, Class<T> type) {
        if (task.getProcessDefinitionId() == null || !task.getProcessDefinitionId().startsWith(processKey + ":")) {
            return Optional.empty();
        }
        Object id = runtime.getVariable(task.getProcessInstanceId(), idVariable);
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(type, ((Number) id).longValue()));
    }
}

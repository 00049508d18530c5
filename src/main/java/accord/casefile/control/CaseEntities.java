package accord.casefile.control;

import accord.workflow.control.WorkflowKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
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
        if (!WorkflowKeys.isDefinitionOf(processKey, task.getProcessDefinitionId())) {
            return Optional.empty();
        }
        Object id = runtime.getVariable(task.getProcessInstanceId(), idVariable);
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(type, ((Number) id).longValue()));
    }

    /**
     * The task's entity, locked for the rest of the transaction, when the task is one of these steps;
     * empty otherwise. One step at a time per case: a second session's step waits on the lock, then
     * finds its task gone.
     */
    public <T> Optional<T> lockedAt(Task task, Collection<String> steps, String processKey, String idVariable, Class<T> type) {
        Optional<T> found = of(task, processKey, idVariable, type).filter(entity -> steps.contains(task.getTaskDefinitionKey()));
        found.ifPresent(entity -> em.lock(entity, LockModeType.PESSIMISTIC_WRITE));
        return found;
    }

    /**
     * The business record of a case by its {@code processInstanceId} field, locked for the rest of the
     * transaction (a step of the same case waits for it); empty when the type has no record of it.
     */
    public <T> Optional<T> lockedOfCase(String processInstanceId, Class<T> type) {
        return em.createQuery("select e from " + type.getSimpleName() + " e where e.processInstanceId = :id", type)
                .setParameter("id", processInstanceId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    /** Has the process set this flag on the task's case (a timer's reminder or warning)? */
    public boolean flagged(Task task, String variable) {
        return Boolean.TRUE.equals(runtime.getVariable(task.getProcessInstanceId(), variable));
    }
}

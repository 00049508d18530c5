package accord.inbox.boundary;

import accord.casefile.control.CaseEntities;
import accord.inbox.control.TaskLookup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Optional;
import org.flowable.task.api.Task;

/**
 * What every workflow's steps boundary starts from: the case a task stands for (its entity, through
 * the case variable holding its id), taken under a row lock when a step runs, and the task actions
 * that complete the step in the same transaction. A workflow's {@code *Steps} extends this.
 *
 * @param <C> the workflow's entity (complaint, handoff, review, nomination)
 */
public abstract class CaseSteps<C> {

    @PersistenceContext
    protected EntityManager em;

    @Inject
    protected TaskLookup lookup;

    @Inject
    protected TaskActions actions;

    @Inject
    CaseEntities cases;

    private final String processKey;
    private final String idVariable;
    private final Class<C> type;

    protected CaseSteps(String processKey, String idVariable, Class<C> type) {
        this.processKey = processKey;
        this.idVariable = idVariable;
        this.type = type;
    }

    /** The task's case; empty for a task of another workflow, or when the entity is gone. */
    public Optional<C> of(Task task) {
        return cases.of(task, processKey, idVariable, type);
    }

    /** Has a timer of the workflow set this flag on the task's case (a reminder, a warning)? */
    public boolean flagged(Task task, String flag) {
        return cases.flagged(task, flag);
    }

    /**
     * The task's case under a row lock for the rest of the transaction, when the task waits at one
     * of these steps: one step at a time per case (a second session's step waits, then finds its
     * task gone). Empty otherwise.
     */
    protected Optional<C> lockedAt(Task task, Collection<String> steps) {
        return cases.lockedAt(task, steps, processKey, idVariable, type);
    }
}

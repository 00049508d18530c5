package accord.inbox.boundary;

import accord.inbox.control.TaskRefused;
import accord.platform.control.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.omnifaces.util.Messages;

/**
 * Runs a task action (its own transaction) and turns what can go wrong when people race for the
 * same task into a message, after the transaction has rolled back.
 */
@ApplicationScoped
public class TaskFailures {

    private static final Logger LOG = Logger.getLogger(TaskFailures.class.getName());

    /** True when the action went through; otherwise a message says why not. */
    public boolean attempt(Runnable action, String successKey, Object... successArguments) {
        return attempt(action, null, successKey, successArguments);
    }

    /**
     * As above, with the message for losing a race (the task claimed, changed or gone meanwhile)
     * worked out after the rollback: who won, or was it this person's own first press?
     */
    public boolean attempt(Runnable action, Supplier<String> whenRaced, String successKey, Object... successArguments) {
        try {
            action.run();
            if (successKey != null) {
                Messages.addGlobalInfo(Text.of(successKey, successArguments));
            }
            return true;
        } catch (TaskRefused refused) {
            Messages.addGlobalError(Text.of(refused.messageKey(), refused.arguments()));
        } catch (FlowableTaskAlreadyClaimedException | FlowableOptimisticLockingException raced) {
            Messages.addGlobalError(whenRaced == null ? Text.of("task.refused.someoneFaster") : whenRaced.get());
        } catch (FlowableObjectNotFoundException gone) {
            Messages.addGlobalError(whenRaced == null ? Text.of("task.refused.gone") : whenRaced.get());
        } catch (TransactionalException e) {
            if (!(e.getCause() instanceof RollbackException)) {
                throw e;
            }
            LOG.log(Level.INFO, "A task action lost a race at commit", e);
            Messages.addGlobalError(whenRaced == null ? Text.of("task.refused.someoneFaster") : whenRaced.get());
        }
        return false;
    }
}

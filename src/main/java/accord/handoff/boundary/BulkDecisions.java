package accord.handoff.boundary;

import accord.organisation.control.Actor;
import accord.platform.control.Refused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flowable.common.engine.api.FlowableException;

/**
 * Deciding many requests at once. Each row is decided in its own transaction by the same step as
 * on the task page, so every rule holds for every row, and one refused row (or one someone else
 * decided meanwhile) does not undo the others. Not transactional itself on purpose.
 */
@ApplicationScoped
public class BulkDecisions {

    private static final Logger LOG = Logger.getLogger(BulkDecisions.class.getName());

    /** Approve this request's task with this assignee. */
    public record Choice(String taskId, String assignee) {
    }

    /** How one row went: refused with a message key (and its arguments), or done when the key is null. */
    public record Outcome(String taskId, String messageKey, Object[] arguments) {
        public boolean done() {
            return messageKey == null;
        }
    }

    @Inject
    HandoffSteps steps;

    public List<Outcome> approve(Actor actor, List<Choice> choices) {
        return choices.stream().map(choice -> decide(choice.taskId(), () -> steps.decide(actor, choice.taskId(),
                new HandoffSteps.Approval(HandoffSteps.Decision.APPROVE, choice.assignee(), null, null)))).toList();
    }

    public List<Outcome> reject(Actor actor, List<String> taskIds, String reason) {
        return taskIds.stream().map(taskId -> decide(taskId, () -> steps.decide(actor, taskId,
                new HandoffSteps.Approval(HandoffSteps.Decision.REJECT, null, null, reason)))).toList();
    }

    private static Outcome decide(String taskId, Runnable decision) {
        try {
            decision.run();
            return new Outcome(taskId, null, new Object[0]);
        } catch (Refused refused) {
            return new Outcome(taskId, refused.messageKey(), refused.arguments());
        } catch (FlowableException | TransactionalException raced) {
            // Decided or gone meanwhile (a second session, the escalation timer): this row only.
            LOG.log(Level.INFO, "A bulk decision on task " + taskId + " lost a race", raced);
            return new Outcome(taskId, "task.refused.someoneFaster", new Object[0]);
        }
    }
}

package accord.handoff.boundary;

import accord.handoff.control.HandoffProcess;
import accord.mail.control.DecisionLinks;
import accord.mail.control.MailDecisions;
import accord.mail.entity.DecisionLink;
import accord.organisation.control.Actor;
import accord.workflow.control.WorkflowKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Consumer;
import org.flowable.task.api.TaskInfo;

/**
 * The handoff's decisions that its mails carry: the head approves or rejects a request, the
 * requester accepts a delivery. The confirmation page ({@code handoffs/decide.xhtml}) takes them
 * through {@link HandoffSteps}, the task page's own rules, in the transaction that spends the link.
 */
@ApplicationScoped
public class HandoffMailDecisions implements MailDecisions {

    /** A decision a handoff mail offers. */
    public enum OneClick { APPROVE, REJECT, ACCEPT }

    static final String PAGE = "handoffs/decide.xhtml";

    @Inject
    DecisionLinks links;

    @Override
    public List<Choice> choices(TaskInfo task) {
        if (!HandoffProcess.KEY.equals(WorkflowKeys.processKeyOf(task.getProcessDefinitionId()))) {
            return List.of();
        }
        if (HandoffProcess.DECISION_STEPS.contains(task.getTaskDefinitionKey())) {
            return List.of(choice(OneClick.APPROVE), choice(OneClick.REJECT));
        }
        return "accept".equals(task.getTaskDefinitionKey()) ? List.of(choice(OneClick.ACCEPT)) : List.of();
    }

    private static Choice choice(OneClick decision) {
        return new Choice(decision.name(), "handoff.oneClick." + decision, PAGE);
    }

    /** Spends the link and takes its decision on its task, in one transaction: a refused decision leaves the link usable. */
    @Transactional
    public void take(Actor actor, String token, OneClick expected, Consumer<String> step) {
        DecisionLink link = links.use(token, actor.login());
        if (!expected.name().equals(link.getDecision())) {
            throw new DecisionLinks.LinkRefused(DecisionLinks.State.UNKNOWN);
        }
        step.accept(link.getTaskId());
    }
}

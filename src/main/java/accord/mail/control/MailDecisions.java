package accord.mail.control;

import java.util.List;
import org.flowable.task.api.TaskInfo;

/**
 * A workflow whose simple decisions may be taken from the mail that tells a person of their task:
 * it names the decisions a task offers and the portal page that confirms them (the page receives
 * the link's token as {@code link} and spends it with {@link DecisionLinks#use} in the transaction
 * of the decision, taken by the same rules as on the task page). Steps that need more than a
 * click and a short note offer none; a confidential task never gets a link, whatever is offered.
 */
public interface MailDecisions {

    /** A decision button: its name (kept with the link), the words on it, and the confirmation page. */
    record Choice(String decision, String labelKey, String page) {
    }

    /** The decisions this task offers by mail to the person who holds it; none for a task of another workflow. */
    List<Choice> choices(TaskInfo task);
}

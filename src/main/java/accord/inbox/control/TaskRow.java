package accord.inbox.control;

import accord.inbox.entity.PriorityLevel;
import java.io.Serializable;
import java.util.Date;

/**
 * One line of an inbox list: the task and what the person needs to know about its case; on hold
 * while operations has suspended the case (nothing can be done on it until it resumes).
 */
public record TaskRow(
        String id,
        String name,
        String processInstanceId,
        String caseNumber,
        String subject,
        String customer,
        String process,
        Date created,
        Date due,
        int priority,
        String assignee,
        String assigneeName,
        boolean delegated,
        boolean onHold) implements Serializable {

    public PriorityLevel priorityLevel() {
        return PriorityLevel.of(priority);
    }

    public boolean isClaimed() {
        return assignee != null;
    }
}

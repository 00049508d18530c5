package accord.inbox.control;

import java.util.List;
import java.util.Set;

/**
 * What the rules need to know about one open task: who holds it, who may take it, and which
 * departments it belongs to (those it is offered to and the holder's), and for whom a deputy
 * holds it (null unless the task came to a deputy while its person is away). A confidential task
 * (category {@link #CONFIDENTIAL} in its process model, e.g. a promotion approval) is seen only by
 * its holder, its candidates and ADMIN: no department oversight, and it is not handed on.
 */
public record TaskFacts(
        String id,
        String assignee,
        String owner,
        boolean delegated,
        List<String> candidateGroups,
        List<String> candidateUsers,
        Set<String> departments,
        boolean involvedInCase,
        String onBehalfOf,
        boolean confidential) {

    /** The task category of confidential tasks. */
    public static final String CONFIDENTIAL = "confidential";

    /** Facts of an open task held for nobody else (no deputy involved). */
    public TaskFacts(String id, String assignee, String owner, boolean delegated, List<String> candidateGroups,
            List<String> candidateUsers, Set<String> departments, boolean involvedInCase) {
        this(id, assignee, owner, delegated, candidateGroups, candidateUsers, departments, involvedInCase, null, false);
    }

    public TaskFacts {
        candidateGroups = List.copyOf(candidateGroups);
        candidateUsers = List.copyOf(candidateUsers);
        departments = Set.copyOf(departments);
    }

    public boolean isClaimed() {
        return assignee != null;
    }

    public boolean isTeamTask() {
        return !candidateGroups.isEmpty() || !candidateUsers.isEmpty();
    }
}

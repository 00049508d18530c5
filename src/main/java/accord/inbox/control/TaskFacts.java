package accord.inbox.control;

import java.util.List;
import java.util.Set;

/**
 * What the rules need to know about one open task: who holds it, who may take it, and which
 * departments it belongs to (those it is offered to and the holder's), and for whom a deputy
 * holds it (null unless the task came to a deputy while its person is away).
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
        String onBehalfOf) {

    /** Facts of a task held for nobody else (no deputy involved). */
    public TaskFacts(String id, String assignee, String owner, boolean delegated, List<String> candidateGroups,
            List<String> candidateUsers, Set<String> departments, boolean involvedInCase) {
        this(id, assignee, owner, delegated, candidateGroups, candidateUsers, departments, involvedInCase, null);
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

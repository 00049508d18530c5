package accord.organisation.control;

import java.util.List;
import java.util.Set;

/**
 * A person acting in a workflow, as the server knows them: their login, their candidate groups
 * (department codes and role names), the departments they head (with the teams below) and
 * whether they administer the portal. Built from the directory, never from request data.
 */
public record Actor(String login, List<String> groups, Set<String> headOf, boolean admin) {

    public Actor {
        groups = List.copyOf(groups);
        headOf = Set.copyOf(headOf);
    }

    public boolean isIn(String group) {
        return groups.contains(group);
    }

    public boolean heads(String departmentCode) {
        return headOf.contains(departmentCode);
    }

    public boolean headsAny() {
        return !headOf.isEmpty();
    }
}

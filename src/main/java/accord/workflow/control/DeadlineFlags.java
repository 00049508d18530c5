package accord.workflow.control;

import java.util.Set;

/**
 * The process variables the workflows' timers set to true when a deadline is near (a warning, a
 * reminder) or missed: what the portal tells people and counts, whatever the workflow.
 */
public final class DeadlineFlags {

    public static final Set<String> NEAR = Set.of("slaWarned", "deliveryWarned", "approvalReminded");
    public static final Set<String> MISSED = Set.of("breached");

    private DeadlineFlags() {
    }
}

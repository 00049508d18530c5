package accord.inbox.control;

import accord.organisation.control.Actor;
import java.util.Optional;

/** Who may do what with a task. Pure rules; the boundary enforces them on every call. */
public final class TaskRights {

    private TaskRights() {
    }

    public static boolean isCandidate(Actor actor, TaskFacts task) {
        return task.candidateUsers().contains(actor.login())
                || task.candidateGroups().stream().anyMatch(actor::isIn);
    }

    /** Heads of the task's departments (and administrators) manage it; a confidential task only administrators. */
    public static boolean manages(Actor actor, TaskFacts task) {
        return actor.admin() || !task.confidential() && task.departments().stream().anyMatch(actor::heads);
    }

    public static boolean canSee(Actor actor, TaskFacts task) {
        return actor.login().equals(task.assignee()) || actor.login().equals(task.owner())
                || actor.login().equals(task.onBehalfOf())
                || isCandidate(actor, task) || manages(actor, task) || task.involvedInCase();
    }

    public static boolean canClaim(Actor actor, TaskFacts task) {
        return !task.isClaimed() && isCandidate(actor, task);
    }

    /** Back to the team: only its holder, only a team task, never while delegated. */
    public static boolean canRelease(Actor actor, TaskFacts task) {
        return actor.login().equals(task.assignee()) && task.isTeamTask() && !task.delegated();
    }

    public static boolean canComplete(Actor actor, TaskFacts task) {
        return actor.login().equals(task.assignee());
    }

    public static boolean canReassign(Actor actor, TaskFacts task) {
        return manages(actor, task) && !task.delegated();
    }

    /** The holder hands the work to someone and gets it back when they have done it. */
    public static boolean canDelegate(Actor actor, TaskFacts task) {
        return !task.delegated() && !task.confidential()
                && (actor.login().equals(task.assignee()) || manages(actor, task) && task.isClaimed());
    }

    public static boolean canComment(Actor actor, TaskFacts task) {
        return canSee(actor, task);
    }

    /** Why the task is on the person's desk, as a message key and its argument. */
    public static Optional<String[]> whyYours(Actor actor, TaskFacts task) {
        if (actor.login().equals(task.assignee())) {
            if (task.delegated()) {
                return Optional.of(new String[] {"task.why.delegated", task.owner()});
            }
            return Optional.of(task.onBehalfOf() != null ? new String[] {"task.why.deputy", task.onBehalfOf()}
                    : new String[] {"task.why.assigned", ""});
        }
        if (actor.login().equals(task.onBehalfOf())) {
            return Optional.of(new String[] {"task.why.heldByDeputy", task.assignee()});
        }
        if (!task.isClaimed()) {
            if (task.candidateUsers().contains(actor.login())) {
                return Optional.of(new String[] {"task.why.offeredToYou", ""});
            }
            Optional<String> group = task.candidateGroups().stream().filter(actor::isIn).findFirst();
            if (group.isPresent()) {
                return Optional.of(new String[] {"task.why.offeredToGroup", group.get()});
            }
        }
        Optional<String> headed = task.confidential() ? Optional.empty()
                : task.departments().stream().filter(actor::heads).findFirst();
        if (headed.isPresent()) {
            return Optional.of(new String[] {"task.why.head", headed.get()});
        }
        return Optional.empty();
    }
}

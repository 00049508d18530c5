package accord.promotion.control;

import accord.organisation.control.Actor;
import accord.organisation.entity.Role;
import accord.promotion.entity.Nomination;

/**
 * Who sees a nomination (list, page, task, history, export): the nominator, the head who approves
 * it, the sales directors where the chain asks for them, HR and ADMIN, and whoever held one of its
 * tasks (a deputy). Never the nominee — they see only the outcome — and never anyone else.
 */
public final class NominationAccess {

    private NominationAccess() {
    }

    /** By the nomination's own rule; whoever held one of its tasks also sees its case (TaskLookup.canSeeCase). */
    public static boolean maySee(Actor actor, Nomination nomination) {
        if (actor.login().equals(nomination.getNominee().login())) {
            return false;
        }
        return actor.admin() || actor.isIn(Role.HR.name()) || actor.login().equals(nomination.getNominator())
                || actor.login().equals(nomination.getHeadApprover())
                || nomination.isDirectorNeeded() && actor.isIn(Role.SALES_DIRECTOR.name());
    }

    /** The nominee sees that a nomination ended and how, nothing of its content. */
    public static boolean mayLearnOutcome(Actor actor, Nomination nomination) {
        return actor.login().equals(nomination.getNominee().login()) && !nomination.getStatus().isOpen();
    }

    /** HR (and ADMIN) decide, set dates and lift blocks; nobody on their own nomination. */
    public static boolean keepsPromotions(Actor actor) {
        return actor.admin() || actor.isIn(Role.HR.name());
    }
}

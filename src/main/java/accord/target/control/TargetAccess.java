package accord.target.control;

import accord.organisation.control.Actor;
import accord.organisation.entity.Role;

/** Who sets which targets: the sales director the company's and the managers' shares, a sales manager their team's quarters. */
public final class TargetAccess {

    private TargetAccess() {
    }

    public static boolean setsCompanyTargets(Actor actor) {
        return actor.isIn(Role.SALES_DIRECTOR.name());
    }

    public static boolean breaksDownForTeam(Actor actor) {
        return actor.isIn(Role.SALES_MANAGER.name());
    }
}

package accord.keyaccount.control;

import accord.customer.control.AccountAccess;
import accord.customer.entity.Customer;
import accord.organisation.control.Actor;
import accord.organisation.entity.Role;

/**
 * Who may import sales figures and change a tier outside a review: a sales manager imports them
 * for their teams' customers, the sales director for all; only the sales director re-tiers. Who
 * sees an account and types its figures in is AccountAccess's.
 */
public final class FigureAccess {

    private FigureAccess() {
    }

    public static boolean mayImport(Actor actor) {
        return directs(actor) || actor.isIn(Role.SALES_MANAGER.name());
    }

    public static boolean mayImportFor(Actor actor, Customer customer) {
        return directs(actor) || (actor.isIn(Role.SALES_MANAGER.name()) && AccountAccess.headsManagerOf(actor, customer));
    }

    public static boolean mayRetier(Actor actor) {
        return directs(actor);
    }

    private static boolean directs(Actor actor) {
        return actor.isIn(Role.SALES_DIRECTOR.name());
    }
}

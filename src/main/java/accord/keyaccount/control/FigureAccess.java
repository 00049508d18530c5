package accord.keyaccount.control;

import accord.customer.entity.Customer;
import accord.organisation.control.Actor;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;

/**
 * Who may see and change a customer's sales figures: the account manager, the heads above the
 * account manager's team (their sales managers), the sales director and ADMIN see them; the
 * account manager types them in; a sales manager imports them for their teams' customers, the
 * sales director for all. Only the sales director changes a tier outside a review.
 */
public final class FigureAccess {

    private FigureAccess() {
    }

    public static boolean maySee(Actor actor, Customer customer) {
        return actor.admin() || directs(actor) || isManagerOf(actor, customer) || headsManagerOf(actor, customer);
    }

    public static boolean mayEdit(Actor actor, Customer customer) {
        return isManagerOf(actor, customer);
    }

    public static boolean mayImport(Actor actor) {
        return directs(actor) || actor.isIn(Role.SALES_MANAGER.name());
    }

    public static boolean mayImportFor(Actor actor, Customer customer) {
        return directs(actor) || (actor.isIn(Role.SALES_MANAGER.name()) && headsManagerOf(actor, customer));
    }

    public static boolean mayRetier(Actor actor) {
        return directs(actor);
    }

    private static boolean directs(Actor actor) {
        return actor.isIn(Role.SALES_DIRECTOR.name());
    }

    private static boolean isManagerOf(Actor actor, Customer customer) {
        return customer.accountManager() != null && customer.accountManager().login().equals(actor.login());
    }

    /** Heads the account manager's team or a department above it (Actor.headOf includes the teams). */
    private static boolean headsManagerOf(Actor actor, Customer customer) {
        Employee manager = customer.accountManager();
        return manager != null && actor.heads(manager.department().code());
    }
}

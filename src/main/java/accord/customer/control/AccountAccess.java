package accord.customer.control;

import accord.customer.entity.Customer;
import accord.organisation.control.Actor;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;

/**
 * Who may see and keep an account: its figures, plans and reviews are seen by the account manager,
 * the heads above the manager's team, the sales director and administrators; the account manager
 * keeps its figures and contacts.
 */
public final class AccountAccess {

    private AccountAccess() {
    }

    public static boolean maySee(Actor actor, Customer customer) {
        return actor.admin() || actor.isIn(Role.SALES_DIRECTOR.name()) || isManagerOf(actor, customer)
                || headsManagerOf(actor, customer);
    }

    public static boolean mayEdit(Actor actor, Customer customer) {
        return isManagerOf(actor, customer);
    }

    private static boolean isManagerOf(Actor actor, Customer customer) {
        return customer.accountManager() != null && customer.accountManager().login().equals(actor.login());
    }

    /** Heads the account manager's team or a department above it (Actor.heads includes the teams). */
    public static boolean headsManagerOf(Actor actor, Customer customer) {
        Employee manager = customer.accountManager();
        return manager != null && actor.heads(manager.department().code());
    }
}

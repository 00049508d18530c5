package accord.customer.control;

import accord.customer.entity.Customer;
import accord.customer.entity.ManagerChange;
import accord.organisation.entity.Employee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Objects;

/**
 * The one way an account changes hands: the customer's manager, a line of the managers' history
 * (performance counts each quarter for whoever managed it then) and {@link AccountManagerChanged},
 * so that the account's open reviews and handoffs follow, all in the caller's transaction.
 */
@ApplicationScoped
public class AccountManagers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<AccountManagerChanged> changed;

    /** Gives the account to {@code to} (null: nobody); nothing happens when it already has them. */
    public void change(Customer customer, Employee to, String by, Instant at) {
        String before = customer.accountManager() == null ? null : customer.accountManager().login();
        String after = to == null ? null : to.login();
        if (Objects.equals(before, after)) {
            return;
        }
        customer.lookAfterBy(to);
        em.persist(new ManagerChange(customer, before, after, by, at));
        changed.fire(new AccountManagerChanged(customer.id(), customer.code(), before, after, by));
    }

    /**
     * The account keeps its manager, but work of another manager's came to it (a merged duplicate's
     * open review and handoffs): it follows the account's manager as after a change.
     */
    public void workFollows(Customer customer, String from, String by) {
        String manager = customer.accountManager() == null ? null : customer.accountManager().login();
        if (from != null && manager != null && !from.equals(manager)) {
            changed.fire(new AccountManagerChanged(customer.id(), customer.code(), from, manager, by));
        }
    }
}

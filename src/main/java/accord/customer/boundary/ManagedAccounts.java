package accord.customer.boundary;

import accord.customer.control.AccountManagers;
import accord.customer.control.CustomerDirectory;
import accord.customer.entity.Customer;
import accord.organisation.control.PersonalWork;
import accord.organisation.entity.Employee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The accounts a leaving person manages: the successor looks after them from then on, each move
 * kept in the account managers' history (so last quarters' figures still count for the leaver), and
 * the accounts' open reviews and handoffs follow ({@link AccountManagers}).
 */
@ApplicationScoped
public class ManagedAccounts implements PersonalWork {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountManagers accountManagers;

    @Inject
    CustomerDirectory customers;

    @Override
    public List<Item> heldBy(String login) {
        return customers.managedBy(login, LockModeType.NONE).stream()
                .map(c -> new Item("departure.kind.account", c.name() + " · " + c.code(), "/customers/view.xhtml?code=" + c.code()))
                .toList();
    }

    @Override
    public void handOver(String login, String successor, String by) {
        Employee next = em.createNamedQuery(Employee.BY_LOGIN, Employee.class).setParameter("login", successor).getSingleResult();
        Instant now = Instant.now();
        customers.managedBy(login, LockModeType.NONE).forEach(customer -> accountManagers.change(customer, next, by, now));
    }

}

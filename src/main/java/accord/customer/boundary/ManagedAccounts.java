package accord.customer.boundary;

import accord.customer.entity.Customer;
import accord.customer.entity.ManagerChange;
import accord.organisation.control.PersonalWork;
import accord.organisation.entity.Employee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The accounts a leaving person manages: the successor looks after them from then on, each move
 * kept in the account managers' history (so last quarters' figures still count for the leaver).
 */
@ApplicationScoped
public class ManagedAccounts implements PersonalWork {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Item> heldBy(String login) {
        return accountsOf(login).stream()
                .map(c -> new Item("departure.kind.account", c.name() + " · " + c.code(), "/customers/view.xhtml?code=" + c.code()))
                .toList();
    }

    @Override
    public void handOver(String login, String successor, String by) {
        Employee next = em.createNamedQuery(Employee.BY_LOGIN, Employee.class).setParameter("login", successor).getSingleResult();
        Instant now = Instant.now();
        for (Customer customer : accountsOf(login)) {
            customer.lookAfterBy(next);
            em.persist(new ManagerChange(customer, login, successor, by, now));
        }
    }

    private List<Customer> accountsOf(String login) {
        return em.createQuery("select c from Customer c where c.accountManager.login = :login order by c.code", Customer.class)
                .setParameter("login", login).getResultList();
    }
}

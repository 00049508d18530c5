package accord.customer.control;

import accord.customer.entity.Customer;
import accord.customer.entity.ManagerChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who managed an account at a moment, from the account managers' history: the manager set by the
 * last change up to that moment; before the first recorded change, the one it changed from; with
 * no change recorded, today's. Performance counts a quarter's figures for the manager of that quarter.
 */
@ApplicationScoped
public class AccountHistory {

    @PersistenceContext
    EntityManager em;

    /** The accounts a person managed at some time in a period: today's, and every account a change names them in. */
    public Set<Long> everManagedBy(String login) {
        Set<Long> ids = new HashSet<>(em.createQuery("select c.id from Customer c where c.accountManager.login = :login", Long.class)
                .setParameter("login", login).getResultList());
        ids.addAll(em.createQuery("select m.customer.id from ManagerChange m where m.from = :login or m.to = :login", Long.class)
                .setParameter("login", login).getResultList());
        return ids;
    }

    /** The history of these accounts, read once, to ask about any moment. */
    public Managers of(Set<Long> accounts) {
        Map<Long, List<ManagerChange>> changes = new HashMap<>();
        Map<Long, String> today = new HashMap<>();
        if (!accounts.isEmpty()) {
            em.createQuery("select m from ManagerChange m where m.customer.id in :ids", ManagerChange.class)
                    .setParameter("ids", accounts).getResultList()
                    .forEach(m -> changes.computeIfAbsent(m.customerId(), id -> new java.util.ArrayList<>()).add(m));
            em.createQuery("select c from Customer c left join fetch c.accountManager where c.id in :ids", Customer.class)
                    .setParameter("ids", accounts).getResultList()
                    .forEach(c -> today.put(c.id(), c.accountManager() == null ? null : c.accountManager().login()));
        }
        return new Managers(accounts, changes, today);
    }

    /** Accounts with their managers' history and today's manager. */
    public record Managers(Set<Long> accounts, Map<Long, List<ManagerChange>> changes, Map<Long, String> today) {

        /** Of the accounts, the ones the person managed at that moment. */
        public Set<Long> managedAt(String login, Instant moment) {
            Set<Long> managed = new HashSet<>();
            for (Long account : accounts) {
                if (Objects.equals(login, managerAt(changes.getOrDefault(account, List.of()), today.get(account), moment))) {
                    managed.add(account);
                }
            }
            return managed;
        }
    }

    static String managerAt(List<ManagerChange> changes, String today, Instant moment) {
        if (changes.isEmpty()) {
            return today;
        }
        List<ManagerChange> ordered = changes.stream().sorted(Comparator.comparing(ManagerChange::changedAt)).toList();
        String manager = ordered.get(0).from();
        for (ManagerChange change : ordered) {
            if (change.changedAt().isAfter(moment)) {
                break;
            }
            manager = change.to();
        }
        return manager;
    }
}

package accord.customer.boundary;

import accord.customer.control.AccountManagers;
import accord.customer.control.CustomerParts;
import accord.customer.control.CustomerRefused;
import accord.customer.entity.Customer;
import accord.customer.entity.CustomerMerge;
import accord.organisation.control.Actor;
import accord.organisation.entity.Role;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Two records of one customer become one: everything every component keeps of the duplicate
 * ({@link CustomerParts}) moves to the customer kept, the duplicate is deleted and a merge record
 * says what it was and leads its old code to the customer kept, all in one transaction. The sales
 * director and ADMIN merge any two; a sales manager two they may keep. Refused when both have an
 * open review.
 */
@ApplicationScoped
@Transactional
public class Merges {

    private static final Logger LOG = Logger.getLogger(Merges.class.getName());

    /** What a merge would do: the two customers, what moves, and why it cannot be done now (a bundle key) if it cannot. */
    public record Preview(Customer kept, Customer duplicate, List<CustomerParts.Part> moving, Optional<String> refusal) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    @Any
    Instance<CustomerParts> parts;

    @Inject
    AccountManagers accountManagers;

    public static boolean mayMerge(Actor actor, Customer kept, Customer duplicate) {
        return actor.admin() || actor.isIn(Role.SALES_DIRECTOR.name())
                || (Customers.mayKeep(actor, kept) && Customers.mayKeep(actor, duplicate));
    }

    public Preview preview(Actor actor, String keptCode, String duplicateCode) {
        Customer kept = customer(keptCode, "kept");
        Customer duplicate = customer(duplicateCode, "duplicate");
        check(actor, kept, duplicate);
        List<CustomerParts.Part> moving = parts.stream().flatMap(p -> p.of(duplicate.id()).stream()).filter(p -> p.count() > 0).toList();
        return new Preview(kept, duplicate, moving, refusal(kept, duplicate));
    }

    /** Merges the duplicate into the customer kept; returns the merge record. */
    public CustomerMerge merge(Actor actor, String keptCode, String duplicateCode) {
        Customer kept = customer(keptCode, "kept");
        Customer duplicate = customer(duplicateCode, "duplicate");
        check(actor, kept, duplicate);
        // Both rows locked, in id order: a second merge or an edit of either waits, and two merges cannot deadlock.
        List.of(kept, duplicate).stream().sorted(java.util.Comparator.comparing(Customer::id))
                .forEach(c -> em.lock(c, LockModeType.PESSIMISTIC_WRITE));
        refusal(kept, duplicate).ifPresent(key -> {
            throw new CustomerRefused(null, key);
        });
        String moved = parts.stream().flatMap(p -> p.of(duplicate.id()).stream()).filter(p -> p.count() > 0)
                .map(p -> p.kindKey() + "=" + p.count()).collect(Collectors.joining(";"));
        em.flush();
        String by = actor.login();
        parts.forEach(p -> p.moveTo(duplicate.id(), kept.id(), by));
        String duplicateManager = duplicate.accountManager() == null ? null : duplicate.accountManager().login();
        Instant now = Instant.now();
        if (kept.accountManager() == null && duplicate.accountManager() != null) {
            accountManagers.change(kept, duplicate.accountManager(), by, now);
        }
        accountManagers.workFollows(kept, duplicateManager, by);
        CustomerMerge merge = new CustomerMerge(kept, duplicate, moved, by, now);
        em.persist(merge);
        em.remove(duplicate);
        LOG.info(() -> by + " merged " + duplicate.code() + " into " + kept.code() + ": " + moved);
        return merge;
    }

    /** The merge that took this code away, if it was a duplicate merged into another customer. */
    public Optional<CustomerMerge> mergedAway(String code) {
        return em.createQuery("select m from CustomerMerge m join fetch m.kept where m.droppedCode = :code", CustomerMerge.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /** The duplicates merged into this customer, newest first. */
    public List<CustomerMerge> mergedInto(long customerId) {
        return em.createQuery("select m from CustomerMerge m where m.kept.id = :id order by m.mergedAt desc", CustomerMerge.class)
                .setParameter("id", customerId).getResultList();
    }

    private Optional<String> refusal(Customer kept, Customer duplicate) {
        return parts.stream().map(p -> p.refusesMerge(kept.id(), duplicate.id())).flatMap(Optional::stream).findFirst();
    }

    private static void check(Actor actor, Customer kept, Customer duplicate) {
        if (kept.id().equals(duplicate.id())) {
            throw new CustomerRefused("duplicate", "merge.refused.same");
        }
        if (!mayMerge(actor, kept, duplicate)) {
            AccessRefusals.record(actor.login(), AuditWording.of("audit.act.merge", duplicate.code(), kept.code()), "merge.refused.notAllowed");
            throw new CustomerRefused(null, "merge.refused.notAllowed");
        }
    }

    private Customer customer(String code, String field) {
        return em.createQuery("select c from Customer c left join fetch c.accountManager m left join fetch m.department"
                + " where c.code = :code", Customer.class).setParameter("code", code == null ? "" : code.strip())
                .getResultStream().findFirst().orElseThrow(() -> new CustomerRefused(field, "merge.refused.noCustomer"));
    }
}

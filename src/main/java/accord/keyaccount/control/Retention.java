package accord.keyaccount.control;

import accord.customer.control.AccountAccess;
import accord.customer.entity.Customer;
import accord.customer.entity.SalesFigure;
import accord.customer.entity.Tier;
import accord.customer.entity.TierChange;
import accord.keyaccount.entity.AccountReview;
import accord.keyaccount.entity.TierProposal;
import accord.organisation.control.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The key-account report of a year, over the accounts the person may see the figures of: key
 * accounts at the start of the year kept, upgraded into, downgraded and lost (with the reasons the
 * reviews gave), the churn rate, and each account manager's attainment. Tiers at a moment are
 * read back from the tier history.
 */
@ApplicationScoped
public class Retention {

    public record Year(int year, int keyAtStart, int kept, int upgraded, int downgraded, int lost, Double churn,
            List<Loss> losses) implements Serializable {
    }

    public record Loss(String customer, String reason) {
    }

    public record Attainment(String accountManager, int accounts, double target, double actual, Double attainment) {
    }

    /** What a year did to an account's key status: kept, upgraded into key, downgraded out of it, or never key. */
    public enum Movement {
        KEPT, UPGRADED, DOWNGRADED, NOT_KEY;

        public static Movement of(Tier atStart, Tier atEnd) {
            if (atStart == Tier.A) {
                return atEnd == Tier.A ? KEPT : DOWNGRADED;
            }
            return atEnd == Tier.A ? UPGRADED : NOT_KEY;
        }
    }

    @PersistenceContext
    EntityManager em;

    /** The account's movement in a year, read back from its tier history. */
    public Movement movement(Customer customer, int year, ZoneId zone) {
        List<TierChange> history = em.createQuery("select t from TierChange t where t.customer.id = :customer"
                + " order by t.changedAt desc", TierChange.class).setParameter("customer", customer.id()).getResultList();
        return Movement.of(tierAt(customer, history, java.time.LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant()),
                tierAt(customer, history, java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant()));
    }

    public Year of(Actor actor, int year, ZoneId zone) {
        List<Customer> customers = visible(actor);
        Map<Long, List<TierChange>> changes = em.createQuery("select t from TierChange t order by t.changedAt desc", TierChange.class)
                .getResultList().stream().collect(Collectors.groupingBy(t -> t.getCustomer().id()));
        Instant start = java.time.LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant end = java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        List<Loss> losses = new ArrayList<>();
        for (AccountReview lost : em.createQuery("select r from AccountReview r where r.tierProposal = :lost"
                + " and r.tierDecision = 'APPROVED' and r.endedAt >= :from and r.endedAt < :to", AccountReview.class)
                .setParameter("lost", TierProposal.LOST)
                .setParameter("from", java.time.LocalDateTime.ofInstant(start, java.time.ZoneOffset.UTC))
                .setParameter("to", java.time.LocalDateTime.ofInstant(end, java.time.ZoneOffset.UTC)).getResultList()) {
            if (customers.stream().anyMatch(c -> c.id().equals(lost.getCustomer().id()))) {
                losses.add(new Loss(lost.getCustomer().name(), lost.getLostReason()));
            }
        }
        int keyAtStart = 0;
        int kept = 0;
        int upgraded = 0;
        int downgraded = 0;
        for (Customer customer : customers) {
            List<TierChange> history = changes.getOrDefault(customer.id(), List.of());
            Movement movement = Movement.of(tierAt(customer, history, start), tierAt(customer, history, end));
            switch (movement) {
                case KEPT -> kept++;
                case DOWNGRADED -> downgraded++;
                case UPGRADED -> upgraded++;
                case NOT_KEY -> { }
            }
            if (movement == Movement.KEPT || movement == Movement.DOWNGRADED) {
                keyAtStart++;
            }
        }
        int lost = losses.size();
        int down = Math.max(0, downgraded - lost);
        return new Year(year, keyAtStart, kept, upgraded, down, lost,
                keyAtStart == 0 ? null : (down + lost) / (double) keyAtStart, losses);
    }

    /** Each account manager's year: the quarters of their accounts that have both a target and sales. */
    public List<Attainment> attainment(Actor actor, int year) {
        List<Long> ids = visible(actor).stream().map(Customer::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, double[]> sums = new TreeMap<>();
        Map<String, java.util.Set<Long>> accounts = new TreeMap<>();
        for (SalesFigure f : em.createQuery("select f from SalesFigure f join fetch f.customer c left join fetch c.accountManager"
                        + " where f.year = :year and c.id in :ids and f.target is not null and f.actual is not null", SalesFigure.class)
                .setParameter("year", year).setParameter("ids", ids).getResultList()) {
            String manager = f.getCustomer().accountManager() == null ? "—" : f.getCustomer().accountManager().displayName();
            double[] sum = sums.computeIfAbsent(manager, m -> new double[2]);
            sum[0] += f.getTarget().doubleValue();
            sum[1] += f.getActual().doubleValue();
            accounts.computeIfAbsent(manager, m -> new java.util.HashSet<>()).add(f.getCustomer().id());
        }
        return sums.entrySet().stream()
                .map(e -> new Attainment(e.getKey(), accounts.get(e.getKey()).size(), e.getValue()[0], e.getValue()[1],
                        e.getValue()[0] == 0 ? null : e.getValue()[1] / e.getValue()[0]))
                .sorted(Comparator.comparing(Attainment::accountManager)).toList();
    }

    /** The tier at a moment: today's, with the changes made after that moment undone. */
    public static Tier tierAt(Customer customer, List<TierChange> newestFirst, Instant moment) {
        Tier tier = customer.tier();
        for (TierChange change : newestFirst) {
            if (change.getChangedAt().isAfter(moment) || change.getChangedAt().equals(moment)) {
                tier = change.getFrom() == null ? tier : change.getFrom();
            }
        }
        return tier;
    }

    private List<Customer> visible(Actor actor) {
        return em.createQuery("select c from Customer c left join fetch c.accountManager m left join fetch m.department",
                Customer.class).getResultList().stream().filter(c -> AccountAccess.maySee(actor, c)).toList();
    }
}

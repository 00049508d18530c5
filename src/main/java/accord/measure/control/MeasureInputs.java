package accord.measure.control;

import static accord.platform.entity.UtcTime.utc;

import accord.complaint.entity.ComplaintStatus;
import accord.customer.entity.Tier;
import accord.customer.entity.TierChange;
import accord.visit.entity.VisitStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the measures are computed from, for a scope and a period, read from the stored records: the
 * customers' quarterly sales figures, the tier history, visits, complaints and account reviews.
 * Sales figures are kept by quarter: a month has none.
 */
@ApplicationScoped
public class MeasureInputs {

    /** A key account lost in the period: downgraded out of key, with the reason given. */
    public record Loss(String customer, String reason, Instant at) implements Serializable {
    }

    /** The inputs; {@code actual} is null when no quarter of the period has its sales reported. */
    public record Inputs(BigDecimal actual, BigDecimal target, Long orders, Long cancelled, long bought, long potential,
            long converted, long stillProspects, long keyAtStart, long kept, List<Loss> losses, long visits, long visitsToProspects,
            boolean visitsEverRecorded, long satisfied, long answers, long keyComplaints, long closed, long closedInTime,
            long workingDays) implements Serializable {

        public boolean salesReported() {
            return actual != null;
        }
    }

    /** A customer as the measures need it. */
    private record Account(long id, String name, Tier tier, boolean prospect) {
    }

    @PersistenceContext
    EntityManager em;

    public Inputs of(Scope scope, Period period, ZoneId zone) {
        Map<Long, Account> accounts = accounts(scope);
        Instant start = period.start(zone);
        Instant end = period.end(zone);
        Sales sales = sales(accounts, period);
        // The tier history since the period's start, newest first, read once: the tiers at its end and start, and its losses.
        List<TierChange> since = em.createQuery("select t from TierChange t join fetch t.customer where t.changedAt >= :start"
                + " order by t.changedAt desc, t.id desc", TierChange.class).setParameter("start", utc(start)).getResultList();
        Map<Long, Tier> atEnd = tiersAt(accounts, since, end);
        Map<Long, Tier> atStart = tiersAt(accounts, since, start);
        Set<Long> keyAtStart = new HashSet<>();
        atStart.forEach((id, tier) -> {
            if (tier == Tier.A) {
                keyAtStart.add(id);
            }
        });
        long kept = keyAtStart.stream().filter(id -> atEnd.get(id) == Tier.A).count();
        long[] visits = visits(scope, period);
        long[] answers = answers(accounts, start, end);
        long[] complaints = complaints(accounts, keyAtStart, start, end);
        return new Inputs(sales.actual, sales.target, sales.orders, sales.cancelled, sales.bought, accounts.size(),
                converted(accounts, period), accounts.values().stream().filter(Account::prospect).count(), keyAtStart.size(), kept,
                losses(accounts, since, end), visits[0], visits[1], visits[2] > 0, answers[0], answers[1], complaints[0],
                complaints[1], complaints[2], period.workingDays());
    }

    private Map<Long, Account> accounts(Scope scope) {
        String where = scope.byReps() ? " where m.login in :reps" : scope.byRegion() ? " where c.region = :region" : "";
        TypedQuery<Object[]> query = em.createQuery("select c.id, c.name, c.tier, c.prospect from Customer c left join c.accountManager m"
                + where, Object[].class);
        if (scope.byReps()) {
            if (scope.reps().isEmpty()) {
                return Map.of();
            }
            query.setParameter("reps", scope.reps());
        } else if (scope.byRegion()) {
            query.setParameter("region", scope.region());
        }
        Map<Long, Account> accounts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            accounts.put((Long) row[0], new Account((Long) row[0], (String) row[1], (Tier) row[2], (Boolean) row[3]));
        }
        return accounts;
    }

    /** Over the customer-quarters with sales reported: sales (null when none is), their targets, orders, cancellations, buyers. */
    public record Sales(BigDecimal actual, BigDecimal target, Long orders, Long cancelled, long bought) implements Serializable {
    }

    /** Only the sales of the scope in the period: what the dashboards' attainment needs. */
    public Sales salesOf(Scope scope, Period period) {
        return sales(accounts(scope), period);
    }

    /** Over the customer-quarters with sales reported: sales, their targets, orders and cancellations, buyers. */
    private Sales sales(Map<Long, Account> accounts, Period period) {
        if (period.wholeQuarters().isEmpty()) {
            return new Sales(null, null, null, null, 0);
        }
        BigDecimal actual = null;
        BigDecimal target = null;
        Long orders = null;
        Long cancelled = null;
        Set<Long> bought = new HashSet<>();
        for (Object[] row : em.createQuery("""
                select f.customer.id, f.target, f.actual, f.orders, f.cancelledOrders from SalesFigure f
                where f.year = :year and f.quarter in :quarters and f.actual is not null""", Object[].class)
                .setParameter("year", period.year()).setParameter("quarters", period.wholeQuarters()).getResultList()) {
            if (!accounts.containsKey((Long) row[0])) {
                continue;
            }
            BigDecimal sold = (BigDecimal) row[2];
            actual = actual == null ? sold : actual.add(sold);
            if (row[1] != null) {
                target = target == null ? (BigDecimal) row[1] : target.add((BigDecimal) row[1]);
            }
            if (row[3] != null) {
                orders = (orders == null ? 0 : orders) + ((Number) row[3]).longValue();
                cancelled = (cancelled == null ? 0 : cancelled) + (row[4] == null ? 0 : ((Number) row[4]).longValue());
            }
            if (sold.signum() > 0) {
                bought.add((Long) row[0]);
            }
        }
        return new Sales(actual, target, orders, cancelled, bought.size());
    }

    /** Customers whose first quarter with sales falls in the period. */
    private long converted(Map<Long, Account> accounts, Period period) {
        Set<Integer> inPeriod = new HashSet<>();
        period.wholeQuarters().forEach(q -> inPeriod.add(period.year() * 10 + q));
        if (inPeriod.isEmpty()) {
            return 0;
        }
        return em.createQuery("select f.customer.id, min(f.year * 10 + f.quarter) from SalesFigure f where f.actual > 0"
                + " group by f.customer.id", Object[].class).getResultList().stream()
                .filter(row -> accounts.containsKey((Long) row[0]) && inPeriod.contains(((Number) row[1]).intValue())).count();
    }

    /** Each account's tier at a moment: its tier now, with the changes since (newest first, from {@code since}) undone. */
    private static Map<Long, Tier> tiersAt(Map<Long, Account> accounts, List<TierChange> since, Instant moment) {
        Map<Long, Tier> tiers = new HashMap<>();
        accounts.values().forEach(a -> tiers.put(a.id(), a.prospect() ? null : a.tier()));
        for (TierChange change : since) {
            Long id = change.getCustomer().id();
            if (!change.getChangedAt().isBefore(moment) && tiers.containsKey(id)) {
                tiers.put(id, change.getFrom());
            }
        }
        return tiers;
    }

    /** Key accounts downgraded out of key before the period's end, oldest first. */
    private static List<Loss> losses(Map<Long, Account> accounts, List<TierChange> since, Instant end) {
        List<Loss> losses = new ArrayList<>();
        for (int i = since.size() - 1; i >= 0; i--) {
            TierChange change = since.get(i);
            Account account = accounts.get(change.getCustomer().id());
            if (account != null && change.getChangedAt().isBefore(end) && change.getFrom() == Tier.A && change.getTo() != Tier.A) {
                losses.add(new Loss(account.name(), change.getReason(), change.getChangedAt()));
            }
        }
        return losses;
    }

    /** Visits the scope made in a period, and how many of them were to prospects. */
    public record Visits(long made, long toProspects) implements Serializable {
    }

    public Visits visitsOf(Scope scope, Period period) {
        long[] counts = visits(scope, period);
        return new Visits(counts[0], counts[1]);
    }

    /** Visits made in the period, those to prospects, and whether the scope ever recorded a visit. */
    private long[] visits(Scope scope, Period period) {
        String where = scope.byReps() ? " and v.rep in :reps" : scope.byRegion() ? " and v.customer.region = :region" : "";
        if (scope.byReps() && scope.reps().isEmpty()) {
            return new long[3];
        }
        TypedQuery<Object[]> made = em.createQuery("select v.prospect, count(v) from Visit v where v.status = :done"
                + " and v.date >= :from and v.date < :to" + where + " group by v.prospect", Object[].class)
                .setParameter("done", VisitStatus.DONE).setParameter("from", period.firstDay()).setParameter("to", period.endDay());
        TypedQuery<Long> ever = em.createQuery("select count(v) from Visit v where 1 = 1" + where, Long.class);
        if (scope.byReps()) {
            made.setParameter("reps", scope.reps());
            ever.setParameter("reps", scope.reps());
        } else if (scope.byRegion()) {
            made.setParameter("region", scope.region());
            ever.setParameter("region", scope.region());
        }
        long[] counts = new long[3];
        for (Object[] row : made.getResultList()) {
            counts[0] += (Long) row[1];
            if ((Boolean) row[0]) {
                counts[1] += (Long) row[1];
            }
        }
        counts[2] = ever.getSingleResult();
        return counts;
    }

    /** Satisfied answers (4 or 5 of 5) and all answers: complaint call-backs closed and account reviews ended in the period. */
    private long[] answers(Map<Long, Account> accounts, Instant start, Instant end) {
        long[] counts = new long[2];
        List<Object[]> rows = new ArrayList<>(em.createQuery("select c.customer.id, c.satisfaction from Complaint c"
                + " where c.satisfaction is not null and c.closedAt >= :start and c.closedAt < :end", Object[].class)
                .setParameter("start", utc(start)).setParameter("end", utc(end)).getResultList());
        rows.addAll(em.createQuery("select r.customer.id, r.satisfaction from AccountReview r"
                + " where r.satisfaction is not null and r.endedAt >= :start and r.endedAt < :end", Object[].class)
                .setParameter("start", utc(start)).setParameter("end", utc(end)).getResultList());
        for (Object[] row : rows) {
            if (accounts.containsKey((Long) row[0])) {
                counts[1]++;
                if (((Number) row[1]).intValue() >= 4) {
                    counts[0]++;
                }
            }
        }
        return counts;
    }

    /** Complaints registered about the key accounts, and complaints closed (and of those, within their time) in the period. */
    private long[] complaints(Map<Long, Account> accounts, Set<Long> keyAccounts, Instant start, Instant end) {
        long[] counts = new long[3];
        counts[0] = em.createQuery("select c.customer.id from Complaint c where c.registeredAt >= :start and c.registeredAt < :end",
                Long.class).setParameter("start", utc(start)).setParameter("end", utc(end)).getResultList().stream()
                .filter(keyAccounts::contains).count();
        for (Object[] row : em.createQuery("select c.customer.id, c.breached from Complaint c where c.status = :closed"
                + " and c.closedAt >= :start and c.closedAt < :end", Object[].class).setParameter("closed", ComplaintStatus.CLOSED)
                .setParameter("start", utc(start)).setParameter("end", utc(end)).getResultList()) {
            if (accounts.containsKey((Long) row[0])) {
                counts[1]++;
                if (!(Boolean) row[1]) {
                    counts[2]++;
                }
            }
        }
        return counts;
    }
}

package accord.measure.control;

import static accord.platform.entity.UtcTime.utc;

import accord.complaint.entity.ComplaintStatus;
import accord.customer.entity.Tier;
import accord.visit.entity.VisitStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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

        public Inputs {
            losses = List.copyOf(losses);
        }

        public boolean salesReported() {
            return actual != null;
        }

        public Sales sales() {
            return new Sales(actual, target, orders, cancelled, bought);
        }
    }

    /** A customer as the measures need it. */
    private record Account(long id, String name, Tier tier, boolean prospect) {
    }

    /**
     * Sales (by quarter) and visits (by date) are read by days, the same in every time zone: their
     * period is kept once it has ended everywhere, in the last zone to see its last day end.
     */
    private static final ZoneId LAST_DAY_ENDS = ZoneOffset.ofHours(-12);

    @PersistenceContext
    EntityManager em;

    @Inject
    EndedPeriodCache ended;

    public Inputs of(Scope scope, Period period, ZoneId zone) {
        return ended.of(new EndedPeriodCache.Key("inputs", scope, period, zone), () -> read(scope, period, zone));
    }

    private Inputs read(Scope scope, Period period, ZoneId zone) {
        Map<Long, Account> accounts = accounts(scope);
        Instant start = period.start(zone);
        Instant end = period.end(zone);
        Sales sales = sales(scope, accounts, period);
        // The tier history since the period's start, newest first, read once: the tiers at its end and start, and its losses.
        TierHistory since = TierHistory.since(em, scope, start);
        Map<Long, Tier> atEnd = since.tiersAt(current(accounts), end);
        Map<Long, Tier> atStart = since.tiersAt(current(accounts), start);
        Set<Long> keyAtStart = new HashSet<>();
        atStart.forEach((id, tier) -> {
            if (tier == Tier.A) {
                keyAtStart.add(id);
            }
        });
        long kept = keyAtStart.stream().filter(id -> atEnd.get(id) == Tier.A).count();
        long[] visits = visits(scope, period);
        long[] answers = answers(scope, accounts, start, end);
        long[] complaints = complaints(scope, accounts, keyAtStart, start, end);
        return new Inputs(sales.actual, sales.target, sales.orders, sales.cancelled, sales.bought, accounts.size(),
                converted(scope, accounts, period), accounts.values().stream().filter(Account::prospect).count(), keyAtStart.size(), kept,
                since.losses(names(accounts), end), visits[0], visits[1], visits[2] > 0, answers[0], answers[1], complaints[0],
                complaints[1], complaints[2], period.workingDays());
    }

    /**
     * The scope as a condition on a customer in JPQL (" and …", or nothing for the company): each
     * query reads only the scope's rows, so a rep's figures cost a rep's rows, not the company's. The
     * company's reads join no customer at all: they select the records' own {@code customerId}, so
     * the database starts from the period's index instead of from every customer.
     */
    static String within(Scope scope, String customer) {
        return scope.byReps() ? " and " + customer + ".accountManager.login in :reps"
                : scope.byRegion() ? " and " + customer + ".region = :region" : "";
    }

    static <T extends jakarta.persistence.Query> T bind(Scope scope, T query) {
        if (scope.byReps()) {
            query.setParameter("reps", scope.reps());
        } else if (scope.byRegion()) {
            query.setParameter("region", scope.region());
        }
        return query;
    }

    private Map<Long, Account> accounts(Scope scope) {
        if (scope.nobody()) {
            return Map.of();
        }
        TypedQuery<Object[]> query = bind(scope, em.createQuery("select c.id, c.name, c.tier, c.prospect from Customer c where 1 = 1"
                + within(scope, "c"), Object[].class));
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
        return ended.of(new EndedPeriodCache.Key("sales", scope, period, LAST_DAY_ENDS), () -> sales(scope, null, period));
    }

    /** Over the scope's customer-quarters with sales reported (of these accounts, when given): sales, targets, orders, buyers. */
    private Sales sales(Scope scope, Map<Long, Account> accounts, Period period) {
        if (period.wholeQuarters().isEmpty() || scope.nobody()) {
            return new Sales(null, null, null, null, 0);
        }
        BigDecimal actual = null;
        BigDecimal target = null;
        Long orders = null;
        Long cancelled = null;
        Set<Long> bought = new HashSet<>();
        for (Object[] row : bind(scope, em.createQuery("""
                select f.customerId, f.target, f.actual, f.orders, f.cancelledOrders from SalesFigure f
                where f.year = :year and f.quarter in :quarters and f.actual is not null""" + within(scope, "f.customer"), Object[].class))
                .setParameter("year", period.year()).setParameter("quarters", period.wholeQuarters()).getResultList()) {
            if (accounts != null && !accounts.containsKey((Long) row[0])) {
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

    /** Customers whose first quarter with sales falls in the period: a sale in it with none before. */
    private long converted(Scope scope, Map<Long, Account> accounts, Period period) {
        if (period.wholeQuarters().isEmpty() || scope.nobody()) {
            return 0;
        }
        return bind(scope, em.createQuery("""
                select distinct f.customerId from SalesFigure f where f.actual > 0 and f.year = :year and f.quarter in :quarters
                and not exists (select e.id from SalesFigure e where e.customerId = f.customerId and e.actual > 0
                and (e.year < f.year or (e.year = f.year and e.quarter < f.quarter)))""" + within(scope, "f.customer"), Long.class))
                .setParameter("year", period.year()).setParameter("quarters", period.wholeQuarters()).getResultList().stream()
                .filter(accounts::containsKey).count();
    }

    /** Visits the scope made in a period, and how many of them were to prospects. */
    public record Visits(long made, long toProspects) implements Serializable {
    }

    public Visits visitsOf(Scope scope, Period period) {
        return ended.of(new EndedPeriodCache.Key("visits", scope, period, LAST_DAY_ENDS), () -> {
            long[] counts = visits(scope, period);
            return new Visits(counts[0], counts[1]);
        });
    }

    /** Each account's tier now (none for a prospect): what the tier history undoes back from. */
    private static Map<Long, Tier> current(Map<Long, Account> accounts) {
        Map<Long, Tier> tiers = new HashMap<>();
        accounts.values().forEach(a -> tiers.put(a.id(), a.prospect() ? null : a.tier()));
        return tiers;
    }

    private static Map<Long, String> names(Map<Long, Account> accounts) {
        Map<Long, String> names = new HashMap<>();
        accounts.values().forEach(a -> names.put(a.id(), a.name()));
        return names;
    }

    /** Visits made in the period, those to prospects, and whether the scope ever recorded a visit. */
    private long[] visits(Scope scope, Period period) {
        String where = scope.byReps() ? " and v.rep in :reps" : scope.byRegion() ? " and v.customer.region = :region" : "";
        if (scope.nobody()) {
            return new long[3];
        }
        TypedQuery<Object[]> made = bind(scope, em.createQuery("select v.prospect, count(v) from Visit v where v.status = :done"
                + " and v.date >= :from and v.date < :to" + where + " group by v.prospect", Object[].class))
                .setParameter("done", VisitStatus.DONE).setParameter("from", period.firstDay()).setParameter("to", period.endDay());
        // Whether the scope ever recorded a visit: the first one found is enough.
        TypedQuery<Long> ever = bind(scope, em.createQuery("select v.id from Visit v where 1 = 1" + where, Long.class)).setMaxResults(1);
        long[] counts = new long[3];
        for (Object[] row : made.getResultList()) {
            counts[0] += (Long) row[1];
            if ((Boolean) row[0]) {
                counts[1] += (Long) row[1];
            }
        }
        counts[2] = ever.getResultList().size();
        return counts;
    }

    /** Satisfied answers (4 or 5 of 5) and all answers: complaint call-backs closed and account reviews ended in the period. */
    private long[] answers(Scope scope, Map<Long, Account> accounts, Instant start, Instant end) {
        long[] counts = new long[2];
        if (accounts.isEmpty()) {
            return counts;
        }
        // Counted by the database per score: the scope's condition already keeps the rows to its customers.
        for (String answered : List.of("select c.satisfaction, count(c) from Complaint c where c.satisfaction is not null"
                + " and c.closedAt >= :start and c.closedAt < :end" + within(scope, "c.customer") + " group by c.satisfaction",
                "select c.satisfaction, count(c) from AccountReview c where c.satisfaction is not null"
                + " and c.endedAt >= :start and c.endedAt < :end" + within(scope, "c.customer") + " group by c.satisfaction")) {
            for (Object[] row : bind(scope, em.createQuery(answered, Object[].class)).setParameter("start", utc(start))
                    .setParameter("end", utc(end)).getResultList()) {
                counts[1] += number(row[1]);
                if (((Number) row[0]).intValue() >= 4) {
                    counts[0] += number(row[1]);
                }
            }
        }
        return counts;
    }

    /** A count or a sum as the database gives it; a sum over no rows is null. */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Complaints registered about the key accounts, and complaints closed (and of those, within their time) in the period. */
    private long[] complaints(Scope scope, Map<Long, Account> accounts, Set<Long> keyAccounts, Instant start, Instant end) {
        long[] counts = new long[3];
        if (accounts.isEmpty()) {
            return counts;
        }
        for (Object[] row : bind(scope, em.createQuery("select c.customerId, count(c) from Complaint c where c.registeredAt >= :start"
                + " and c.registeredAt < :end" + within(scope, "c.customer") + " group by c.customerId", Object[].class))
                .setParameter("start", utc(start)).setParameter("end", utc(end)).getResultList()) {
            if (keyAccounts.contains((Long) row[0])) {
                counts[0] += number(row[1]);
            }
        }
        // One read of the period's closed complaints, counted by the database per breached or not.
        for (Object[] row : bind(scope, em.createQuery("select c.breached, count(c) from Complaint c where c.status = :closed"
                + " and c.closedAt >= :start and c.closedAt < :end" + within(scope, "c.customer") + " group by c.breached",
                Object[].class)).setParameter("closed", ComplaintStatus.CLOSED).setParameter("start", utc(start))
                .setParameter("end", utc(end)).getResultList()) {
            counts[1] += number(row[1]);
            if (!(Boolean) row[0]) {
                counts[2] += number(row[1]);
            }
        }
        return counts;
    }
}

package accord.target.boundary;

import accord.calendar.control.WorkingCalendar;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import accord.target.control.Breakdown;
import accord.target.control.TargetAccess;
import accord.target.control.TargetRefused;
import accord.target.control.TargetValues;
import accord.target.entity.SalesTarget;
import accord.target.entity.TargetChange;
import accord.target.entity.TargetMeasure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Setting targets, each save one transaction: the sales director the company's and the sales
 * managers' shares, a sales manager their team members' quarters. A value is saved against the one
 * the person saw: changed by someone else meanwhile, the save is refused rather than overwriting it.
 */
@ApplicationScoped
@Transactional
public class Targets {

    /** Where a target sits: its measure, its holder (a login or {@link SalesTarget#COMPANY}) and its quarter (0: the year). */
    public record Slot(TargetMeasure measure, String holder, int quarter) implements java.io.Serializable {
    }

    /** A value typed into a field: for which slot, what it showed when the page was read, what it holds now (null: none). */
    public record Entry(Slot slot, String field, BigDecimal seen, BigDecimal value) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Directory directory;

    /** The year's targets, by slot: all of them; the page shows each person what is theirs to see. */
    public Map<Slot, SalesTarget> ofYear(int year) {
        return em.createQuery("select t from SalesTarget t where t.year = :year", SalesTarget.class).setParameter("year", year)
                .getResultList().stream().collect(Collectors.toMap(t -> new Slot(t.measure(), t.holder(), t.quarter()), t -> t));
    }

    /** The sales director sets the company's targets for the year. */
    public int setCompany(Actor actor, int year, List<Entry> entries, String reason) {
        if (!TargetAccess.setsCompanyTargets(actor)) {
            throw refused(actor, year, "target.refused.notDirector");
        }
        entries.forEach(e -> requireSlot(e, SalesTarget.COMPANY, SalesTarget.WHOLE_YEAR));
        return save(actor, year, entries, reason, List.of());
    }

    /** The sales director splits an additive company target into the sales managers' shares. */
    public int setShares(Actor actor, int year, TargetMeasure measure, List<Entry> entries, String reason) {
        if (!TargetAccess.setsCompanyTargets(actor)) {
            throw refused(actor, year, "target.refused.notDirector");
        }
        Set<String> managers = managers().stream().map(Employee::login).collect(Collectors.toSet());
        for (Entry entry : entries) {
            if (!managers.contains(entry.slot().holder()) || entry.slot().measure() != measure || !measure.additive()) {
                throw new TargetRefused(entry.field(), "target.refused.slot");
            }
            requireSlot(entry, entry.slot().holder(), SalesTarget.WHOLE_YEAR);
        }
        Slot whole = new Slot(measure, SalesTarget.COMPANY, SalesTarget.WHOLE_YEAR);
        return save(actor, year, entries, reason, List.of(new Parts(whole, slot -> slot.quarter() == SalesTarget.WHOLE_YEAR
                && !slot.holder().equals(SalesTarget.COMPANY) && slot.measure() == measure)));
    }

    /** A sales manager splits their share of an additive target into their team members' quarters. */
    public int setQuarters(Actor actor, int year, TargetMeasure measure, List<Entry> entries, String reason) {
        if (!TargetAccess.breaksDownForTeam(actor)) {
            throw refused(actor, year, "target.refused.notManager");
        }
        Set<String> team = team(actor.login()).stream().map(Employee::login).collect(Collectors.toSet());
        for (Entry entry : entries) {
            if (!team.contains(entry.slot().holder()) || entry.slot().measure() != measure || !measure.additive()
                    || entry.slot().quarter() < 1) {
                throw refused(actor, year, "target.refused.notYourTeam");
            }
        }
        Slot whole = new Slot(measure, actor.login(), SalesTarget.WHOLE_YEAR);
        return save(actor, year, entries, reason, List.of(new Parts(whole, slot -> slot.quarter() > 0 && slot.measure() == measure
                && team.contains(slot.holder()))));
    }

    /** The year's changes a person may see: all (the sales director), their own and their team's (a manager), their own. */
    public List<TargetChange> history(Actor actor, int year) {
        List<TargetChange> all = em.createNamedQuery(TargetChange.OF_YEAR, TargetChange.class).setParameter("year", year)
                .setMaxResults(500).getResultList();
        if (TargetAccess.setsCompanyTargets(actor)) {
            return all;
        }
        Set<String> mine = new java.util.HashSet<>(Set.of(actor.login()));
        if (TargetAccess.breaksDownForTeam(actor)) {
            team(actor.login()).forEach(member -> mine.add(member.login()));
        }
        return all.stream().filter(c -> mine.contains(c.holder())).toList();
    }

    /** Does the person hold a target of any year, or look after a customer whose targets roll up to them? */
    public boolean holdsAny(String login) {
        return !em.createQuery("select t.id from SalesTarget t where t.holder = :login", Long.class).setParameter("login", login)
                .setMaxResults(1).getResultList().isEmpty()
                || !em.createQuery("select c.id from Customer c where c.accountManager.login = :login", Long.class)
                        .setParameter("login", login).setMaxResults(1).getResultList().isEmpty();
    }

    /** The active sales managers, who hold the shares of the company's targets. */
    public List<Employee> managers() {
        return em.createQuery("select e from Employee e join e.roles r where r = :role and e.active = true order by e.displayName",
                Employee.class).setParameter("role", Role.SALES_MANAGER).getResultList();
    }

    /** A manager's active direct reports, who hold the quarters of the manager's share. */
    public List<Employee> team(String manager) {
        return directory.directReports(manager);
    }

    /** The parts below a whole target: the slots that add up to it. */
    private record Parts(Slot whole, java.util.function.Predicate<Slot> isPart) {
    }

    private int save(Actor actor, int year, List<Entry> entries, String reason, List<Parts> breakdowns) {
        int thisYear = LocalDate.now(calendar.zone()).getYear();
        if (year < thisYear - 1 || year > thisYear + 1) {
            throw new TargetRefused(null, "target.refused.year");
        }
        for (Entry entry : entries) {
            TargetValues.problem(entry.slot().measure(), entry.value())
                    .ifPresent(key -> { throw new TargetRefused(entry.field(), key); });
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 1000) {
            throw new TargetRefused("reason", "target.refused.reasonLength");
        }
        Map<Slot, SalesTarget> stored = ofYear(year);
        List<Entry> changed = new ArrayList<>();
        for (Entry entry : entries) {
            BigDecimal now = amountOf(stored.get(entry.slot()));
            if (!same(now, entry.seen())) {
                throw now == null ? new TargetRefused(entry.field(), "target.refused.meanwhileNobody")
                        : new TargetRefused(entry.field(), "target.refused.meanwhile", stored.get(entry.slot()).setBy());
            }
            if (!same(now, entry.value())) {
                changed.add(entry);
            }
        }
        boolean begun = !LocalDate.now(calendar.zone()).isBefore(LocalDate.of(year, 1, 1));
        if (why == null && begun && changed.stream().anyMatch(e -> stored.containsKey(e.slot()))) {
            throw new TargetRefused("reason", "target.refused.reasonAfterStart");
        }
        Map<Slot, BigDecimal> after = new HashMap<>();
        stored.forEach((slot, target) -> after.put(slot, target.amount()));
        changed.forEach(e -> after.put(e.slot(), e.value()));
        for (Parts parts : breakdowns) {
            Breakdown breakdown = Breakdown.of(after.get(parts.whole()), after.entrySet().stream()
                    .filter(e -> parts.isPart().test(e.getKey())).map(Map.Entry::getValue).toList());
            if (!breakdown.withinTolerance() && why == null) {
                throw new TargetRefused("reason", "target.refused.reasonForGap", breakdown.unassigned());
            }
            SalesTarget whole = stored.get(parts.whole());
            if (whole != null) {
                whole.explainBreakdown(breakdown.withinTolerance() ? null : why);
            }
        }
        Instant at = Instant.now();
        for (Entry entry : changed) {
            apply(stored.get(entry.slot()), entry, year, actor.login(), at, why);
        }
        try {
            em.flush();
        } catch (PersistenceException raced) {
            // Another save of the same slot committed between our read and our write.
            throw new TargetRefused(null, "target.refused.meanwhileNobody");
        }
        return changed.size();
    }

    private void apply(SalesTarget target, Entry entry, int year, String by, Instant at, String why) {
        if (entry.value() == null) {
            em.persist(target.clear(by, at, why));
            em.remove(target);
            return;
        }
        SalesTarget kept = target;
        if (kept == null) {
            kept = new SalesTarget(year, entry.slot().measure(), entry.slot().holder(), entry.slot().quarter());
            em.persist(kept);
        }
        kept.set(entry.value(), by, at, why).ifPresent(em::persist);
    }

    private static void requireSlot(Entry entry, String holder, int quarter) {
        if (!entry.slot().holder().equals(holder) || entry.slot().quarter() != quarter) {
            throw new TargetRefused(entry.field(), "target.refused.slot");
        }
    }

    private static BigDecimal amountOf(SalesTarget target) {
        return target == null ? null : target.amount();
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }

    private static TargetRefused refused(Actor actor, int year, String key) {
        AccessRefusals.record(actor.login(), AuditWording.of("audit.act.setTargets", year), key);
        return new TargetRefused(null, key);
    }
}

package accord.grading.control;

import accord.calendar.control.WorkingCalendar;
import accord.complaint.entity.Complaint;
import accord.customer.control.AccountHistory;
import accord.customer.entity.SalesFigure;
import accord.grading.entity.RepActivity;
import accord.organisation.entity.Employee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A sales person's quarters, computed when asked: target and sales of the accounts they managed
 * in each quarter (at its end, from the account managers' history: an account moved to another
 * rep counts for whoever had it then), the complaints those customers registered
 * and the satisfaction they gave when one was closed, and the new customers and visits recorded
 * for them. Attainment counts the quarters that have both a target and sales.
 */
@ApplicationScoped
public class Performance {

    /** One quarter; a null figure means nothing was recorded. */
    public record Quarter(QuarterOfYear quarter, BigDecimal target, BigDecimal actual, Integer newCustomers, Integer visits,
            Double satisfaction, int satisfactionAnswers, long complaints) implements Serializable {

        public Double attainment() {
            return target == null || actual == null || target.signum() == 0 ? null : actual.doubleValue() / target.doubleValue();
        }
    }

    /** Quarters summed: attainment over the quarters with both figures, satisfaction over every answer. */
    public record Period(QuarterOfYear first, QuarterOfYear last, BigDecimal target, BigDecimal actual, Double attainment,
            int newCustomers, int visits, Double satisfaction, long complaints) implements Serializable {
    }

    @Inject
    AccountHistory history;

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingCalendar calendar;

    /** The quarters from {@code first} to {@code last}, oldest first. */
    public List<Quarter> quarters(Employee person, QuarterOfYear first, QuarterOfYear last) {
        ZoneId zone = calendar.zone();
        Set<Long> accounts = history.everManagedBy(person.login());
        AccountHistory.Managers managers = history.of(accounts);
        List<SalesFigure> figures = accounts.isEmpty() ? List.of() : em.createQuery(
                        "select f from SalesFigure f where f.customer.id in :accounts and f.year between :from and :to", SalesFigure.class)
                .setParameter("accounts", accounts).setParameter("from", first.year()).setParameter("to", last.year())
                .getResultList();
        List<RepActivity> activities = em.createQuery("select a from RepActivity a where a.employee.id = :person"
                        + " and a.year between :from and :to", RepActivity.class)
                .setParameter("person", person.id()).setParameter("from", first.year()).setParameter("to", last.year())
                .getResultList();
        List<Complaint> complaints = accounts.isEmpty() ? List.of() : em.createQuery(
                        "select c from Complaint c where c.customer.id in :accounts and c.registeredAt >= :from and c.registeredAt < :to",
                        Complaint.class)
                .setParameter("accounts", accounts)
                .setParameter("from", LocalDateTime.ofInstant(first.start(zone), ZoneOffset.UTC))
                .setParameter("to", LocalDateTime.ofInstant(last.end(zone), ZoneOffset.UTC)).getResultList();
        List<Quarter> quarters = new ArrayList<>();
        for (QuarterOfYear q = first; q.compareTo(last) <= 0; q = q.next()) {
            QuarterOfYear at = q;
            // The quarter's figures count for whoever managed the account at the quarter's end.
            Set<Long> managed = managers.managedAt(person.login(), at.end(zone).minusSeconds(1));
            List<SalesFigure> own = figures.stream().filter(f -> f.getYear() == at.year() && f.getQuarter() == at.quarter()
                    && managed.contains(f.getCustomer().id())).toList();
            RepActivity activity = activities.stream().filter(a -> a.getYear() == at.year() && a.getQuarter() == at.quarter())
                    .findFirst().orElse(null);
            List<Complaint> registered = complaints.stream()
                    .filter(c -> QuarterOfYear.of(LocalDate.ofInstant(c.getRegisteredAt(), zone)).equals(at)
                            && managed.contains(c.getCustomer().id())).toList();
            List<Integer> answers = registered.stream().map(Complaint::getSatisfaction).filter(Objects::nonNull).toList();
            quarters.add(new Quarter(at, sum(own, SalesFigure::getTarget), sum(own, SalesFigure::getActual),
                    activity == null ? null : activity.getNewCustomers(), activity == null ? null : activity.getVisits(),
                    answers.isEmpty() ? null : answers.stream().mapToInt(Integer::intValue).average().orElseThrow(),
                    answers.size(), registered.size()));
        }
        return quarters;
    }

    /** The four complete quarters before the one {@code today} is in. */
    public Period lastFourQuarters(Employee person, LocalDate today) {
        QuarterOfYear last = QuarterOfYear.of(today).previous();
        return period(quarters(person, last.minus(3), last));
    }

    public static Period period(List<Quarter> quarters) {
        List<Quarter> both = quarters.stream().filter(q -> q.target() != null && q.actual() != null).toList();
        double target = both.stream().mapToDouble(q -> q.target().doubleValue()).sum();
        double actual = both.stream().mapToDouble(q -> q.actual().doubleValue()).sum();
        int answers = quarters.stream().mapToInt(Quarter::satisfactionAnswers).sum();
        double satisfactionSum = quarters.stream().filter(q -> q.satisfaction() != null)
                .mapToDouble(q -> q.satisfaction() * q.satisfactionAnswers()).sum();
        return new Period(quarters.get(0).quarter(), quarters.get(quarters.size() - 1).quarter(),
                sum(quarters, Quarter::target), sum(quarters, Quarter::actual), target == 0 ? null : actual / target,
                quarters.stream().filter(q -> q.newCustomers() != null).mapToInt(Quarter::newCustomers).sum(),
                quarters.stream().filter(q -> q.visits() != null).mapToInt(Quarter::visits).sum(),
                answers == 0 ? null : satisfactionSum / answers, quarters.stream().mapToLong(Quarter::complaints).sum());
    }

    /** The known amounts summed; null when none is known. */
    private static <T> BigDecimal sum(List<T> items, java.util.function.Function<T, BigDecimal> amount) {
        List<BigDecimal> known = items.stream().map(amount).filter(Objects::nonNull).toList();
        return known.isEmpty() ? null : known.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

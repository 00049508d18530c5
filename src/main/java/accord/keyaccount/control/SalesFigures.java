package accord.keyaccount.control;

import accord.customer.entity.Customer;
import accord.customer.entity.SalesFigure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A customer's quarterly targets and actual sales, and what they add up to per year. */
@ApplicationScoped
public class SalesFigures {

    /**
     * A year's sums, and attainment = actual / target over the quarters that have both (a year under
     * way is not judged by quarters still to come); null while no quarter has both.
     */
    public record Year(int year, BigDecimal target, BigDecimal actual, Double attainment) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    public Optional<SalesFigure> find(long customerId, int year, int quarter) {
        return em.createQuery("select f from SalesFigure f where f.customer.id = :customer and f.year = :year"
                        + " and f.quarter = :quarter", SalesFigure.class)
                .setParameter("customer", customerId).setParameter("year", year).setParameter("quarter", quarter)
                .getResultStream().findFirst();
    }

    /** Every quarter recorded for the customer, oldest first. */
    public List<SalesFigure> of(long customerId) {
        return em.createQuery("select f from SalesFigure f where f.customer.id = :customer order by f.year, f.quarter",
                SalesFigure.class).setParameter("customer", customerId).getResultList();
    }

    /**
     * Stores the quarter's figures, and its orders unless they are null; false when they were already
     * so (nothing changes then).
     */
    public boolean save(Customer customer, int year, int quarter, BigDecimal target, BigDecimal actual,
            SalesFigure.Orders orders, SalesFigure.Source source, String by, Instant at) {
        SalesFigure figure = find(customer.id(), year, quarter).orElseGet(() -> {
            SalesFigure created = new SalesFigure(customer, year, quarter);
            em.persist(created);
            return created;
        });
        return figure.set(target, actual, orders, source, by, at);
    }

    /** The years with figures, oldest first, summed. */
    public static List<Year> byYear(List<SalesFigure> quarters) {
        List<Year> years = new ArrayList<>();
        quarters.stream().map(SalesFigure::getYear).distinct().sorted().forEach(year -> {
            BigDecimal target = sum(quarters, year, SalesFigure::getTarget);
            BigDecimal actual = sum(quarters, year, SalesFigure::getActual);
            List<SalesFigure> both = quarters.stream().filter(f -> f.getYear() == year && f.getTarget() != null
                    && f.getActual() != null).toList();
            double targetSoFar = both.stream().mapToDouble(f -> f.getTarget().doubleValue()).sum();
            double actualSoFar = both.stream().mapToDouble(f -> f.getActual().doubleValue()).sum();
            years.add(new Year(year, target, actual, targetSoFar == 0 ? null : actualSoFar / targetSoFar));
        });
        return years;
    }

    private static BigDecimal sum(List<SalesFigure> quarters, int year, java.util.function.Function<SalesFigure, BigDecimal> figure) {
        List<BigDecimal> known = quarters.stream().filter(f -> f.getYear() == year).map(figure)
                .filter(java.util.Objects::nonNull).toList();
        return known.isEmpty() ? null : known.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

package accord.demo.control;

import accord.calendar.control.WorkingCalendar;
import accord.customer.entity.Contact;
import accord.customer.entity.Customer;
import accord.customer.entity.SalesFigure;
import accord.customer.entity.Tier;
import accord.keyaccount.control.SalesFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Random;

/**
 * Demo sales figures and contacts, invented but shaped like the tiers: two full years and this
 * year's quarters so far (targets for the whole year), quarterly sales around the tier's size with
 * a trend per customer, some falling enough for the tier rules to suggest a change. Seeded, so every
 * fresh demo portal gets the same numbers.
 */
@ApplicationScoped
public class DemoFigures {

    @PersistenceContext
    EntityManager em;

    @Inject
    SalesFigures figures;

    @Inject
    WorkingCalendar calendar;

    public void create() {
        LocalDate today = LocalDate.now(calendar.zone());
        int thisYear = today.getYear();
        int thisQuarter = today.get(IsoFields.QUARTER_OF_YEAR);
        List<Customer> customers = em.createQuery("select c from Customer c order by c.code", Customer.class).getResultList();
        Random random = new Random(20261124L);
        Random orderSizes = new Random(20261125L); // a generator of its own, so the amounts stay as they were
        Instant now = Instant.now();
        for (Customer customer : customers) {
            String manager = customer.accountManager() == null ? "admin" : customer.accountManager().login();
            double quarterly = base(customer.tier()) * (0.7 + 0.6 * random.nextDouble());
            // A yearly trend from -35 % to +40 %: some accounts shrink out of their tier, some grow into the next.
            double trend = -0.35 + 0.75 * random.nextDouble();
            double orderValue = 20_000 + 40_000 * orderSizes.nextDouble();
            for (int year = thisYear - 2; year <= thisYear; year++) {
                double yearSize = quarterly * Math.pow(1 + trend, year - (thisYear - 2));
                for (int quarter = 1; quarter <= 4; quarter++) {
                    BigDecimal target = yuan(yearSize * (1.05 + 0.1 * random.nextDouble()), 10_000);
                    boolean past = year < thisYear || quarter < thisQuarter;
                    BigDecimal actual = past ? yuan(yearSize * (0.8 + 0.4 * random.nextDouble()), 100) : null;
                    SalesFigure.Orders orders = actual == null ? null : orders(actual, orderValue, orderSizes);
                    figures.save(customer, year, quarter, target, actual, orders, SalesFigure.Source.PORTAL, manager, now);
                }
            }
            if (customer.tier() == Tier.A) {
                em.persist(new Contact(customer, "王总", "总经理", "138-0000-" + customer.code().substring(1), null, true));
                em.persist(new Contact(customer, "李经理", "采购经理", null, "purchasing@" + customer.code().toLowerCase() + ".example", false));
            }
        }
    }

    /** The quarter's orders at the customer's usual order size, a few percent of them cancelled. */
    private static SalesFigure.Orders orders(BigDecimal actual, double orderValue, Random random) {
        int placed = Math.max(1, (int) Math.round(actual.doubleValue() / orderValue));
        return new SalesFigure.Orders(placed, (int) Math.round(placed * 0.08 * random.nextDouble()));
    }

    private static double base(Tier tier) {
        return switch (tier) {
            case A -> 1_000_000;
            case B -> 250_000;
            case C -> 60_000;
        };
    }

    private static BigDecimal yuan(double amount, int roundTo) {
        return BigDecimal.valueOf(Math.round(amount / roundTo) * (long) roundTo).setScale(2, RoundingMode.UNNECESSARY);
    }
}

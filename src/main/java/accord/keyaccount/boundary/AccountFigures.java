package accord.keyaccount.boundary;

import accord.customer.control.AccountAccess;
import accord.customer.entity.Customer;
import accord.customer.entity.SalesFigure;
import accord.customer.entity.Tier;
import accord.customer.entity.TierChange;
import accord.keyaccount.control.FigureAccess;
import accord.keyaccount.control.FigureImport;
import accord.keyaccount.control.FiguresRefused;
import accord.keyaccount.control.SalesFigures;
import accord.organisation.control.Actor;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Changing an account by hand: the account manager types a year's quarterly figures, the sales
 * director changes a tier with a reason (kept in the tier history). Each in one transaction.
 */
@ApplicationScoped
@Transactional
public class AccountFigures {


    /** A quarter as typed: either figure may be empty (not known yet). */
    public record Quarter(int quarter, BigDecimal target, BigDecimal actual) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SalesFigures figures;

    /** Stores the year's quarters; returns how many changed. */
    public int enter(Actor actor, long customerId, int year, List<Quarter> quarters) {
        Customer customer = customer(customerId);
        if (!AccountAccess.mayEdit(actor, customer)) {
            throw denied(actor, AuditWording.of("audit.act.enterFigures", customer.code()), "figures.refused.notAccountManager");
        }
        if (year < FigureImport.FIRST_YEAR || year > FigureImport.LAST_YEAR) {
            throw new FiguresRefused("year", "figures.refused.year");
        }
        for (Quarter quarter : quarters) {
            for (BigDecimal amount : new BigDecimal[] {quarter.target(), quarter.actual()}) {
                if (amount != null && (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2)) {
                    throw new FiguresRefused("q" + quarter.quarter(), "figures.import.amount");
                }
            }
        }
        Instant now = Instant.now();
        int changed = 0;
        for (Quarter quarter : quarters) {
            if (figures.save(customer, year, quarter.quarter(), quarter.target(), quarter.actual(), null, SalesFigure.Source.PORTAL,
                    actor.login(), now)) {
                changed++;
            }
        }
        return changed;
    }

    /** The sales director changes the tier outside a review, with a reason. */
    public TierChange retier(Actor actor, long customerId, Tier tier, String reason) {
        Customer customer = em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        if (customer == null) {
            throw new FiguresRefused(null, "figures.refused.noCustomer");
        }
        if (!FigureAccess.mayRetier(actor)) {
            throw denied(actor, AuditWording.of("audit.act.changeTier", customer.code()), "figures.refused.notDirector");
        }
        if (tier == null || tier == customer.tier()) {
            throw new FiguresRefused("tier", "figures.refused.sameTier");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw new FiguresRefused("reason", "figures.refused.reason");
        }
        TierChange change = customer.retier(tier, actor.login(), Instant.now(), reason.strip());
        em.persist(change);
        return change;
    }

    private Customer customer(long id) {
        Customer customer = em.find(Customer.class, id);
        if (customer == null) {
            throw new FiguresRefused(null, "figures.refused.noCustomer");
        }
        return customer;
    }

    /** Refused, logged and recorded: not this person's to do. */
    private static FiguresRefused denied(Actor actor, AuditWording action, String key) {
        AccessRefusals.record(actor.login(), action, key);
        return new FiguresRefused(null, key);
    }
}

package accord.customer.boundary;

import accord.customer.control.CustomerParts;
import accord.customer.entity.Customer;
import accord.customer.entity.SalesFigure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The customer's own records in a merge: contacts and tier history move to the customer kept; a
 * quarter's figures move, or are added up where both records have that quarter (orders booked on
 * either record were the one customer's). The duplicate's account-manager history goes with it
 * (the merge record keeps its last manager): mixed into the kept account's history it would give
 * the kept account's quarters to the duplicate's managers.
 */
@ApplicationScoped
public class AccountRecords implements CustomerParts {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Part> of(long customerId) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("merge.kind.figures", count("select count(f) from SalesFigure f where f.customer.id = :id", customerId)));
        parts.add(new Part("merge.kind.tierChanges", count("select count(t) from TierChange t where t.customer.id = :id", customerId)));
        parts.add(new Part("merge.kind.contacts", count("select count(c) from Contact c where c.customer.id = :id", customerId)));
        return parts;
    }

    @Override
    public void moveTo(long droppedId, long keptId, String by) {
        Customer kept = em.find(Customer.class, keptId);
        Map<String, SalesFigure> keptQuarters = figures(keptId).stream().collect(Collectors.toMap(AccountRecords::quarter, Function.identity()));
        Instant now = Instant.now();
        for (SalesFigure figure : figures(droppedId)) {
            SalesFigure same = keptQuarters.get(quarter(figure));
            if (same == null) {
                SalesFigure moved = new SalesFigure(kept, figure.getYear(), figure.getQuarter());
                moved.set(figure.getTarget(), figure.getActual(), new SalesFigure.Orders(figure.getOrders(), figure.getCancelledOrders()),
                        figure.getSource(), figure.getUpdatedBy(), figure.getUpdatedAt());
                em.persist(moved);
            } else {
                same.set(sum(same.getTarget(), figure.getTarget()), sum(same.getActual(), figure.getActual()),
                        new SalesFigure.Orders(sum(same.getOrders(), figure.getOrders()),
                                sum(same.getCancelledOrders(), figure.getCancelledOrders())),
                        SalesFigure.Source.PORTAL, by, now);
            }
            em.remove(figure);
        }
        em.flush();
        move("update tier_change set customer_id = ?1 where customer_id = ?2", droppedId, keptId);
        move("update customer_contact set customer_id = ?1 where customer_id = ?2", droppedId, keptId);
        em.createNativeQuery("delete from account_manager_change where customer_id = ?1").setParameter(1, droppedId).executeUpdate();
    }

    private void move(String sql, long droppedId, long keptId) {
        em.createNativeQuery(sql).setParameter(1, keptId).setParameter(2, droppedId).executeUpdate();
    }

    private List<SalesFigure> figures(long customerId) {
        return em.createQuery("select f from SalesFigure f where f.customer.id = :id", SalesFigure.class)
                .setParameter("id", customerId).getResultList();
    }

    private long count(String jpql, long customerId) {
        return em.createQuery(jpql, Long.class).setParameter("id", customerId).getSingleResult();
    }

    private static String quarter(SalesFigure figure) {
        return figure.getYear() + "Q" + figure.getQuarter();
    }

    private static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private static Integer sum(Integer a, Integer b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Integer.valueOf(a + b);
    }
}

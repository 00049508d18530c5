package accord.customer.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The usual {@link CustomerParts}: rows of one table that point at the customer by its
 * {@code customer_id} column, counted and pointed at the customer kept. A component's part extends
 * it with its table (a name of ours, never input) and the bundle key of its kind.
 */
public abstract class CustomerColumn implements CustomerParts {

    @PersistenceContext
    protected EntityManager em;

    private final String table;
    private final String kindKey;

    protected CustomerColumn(String table, String kindKey) {
        this.table = table;
        this.kindKey = kindKey;
    }

    @Override
    public List<Part> of(long customerId) {
        Number count = (Number) em.createNativeQuery("select count(*) from " + table + " where customer_id = ?1")
                .setParameter(1, customerId).getSingleResult();
        return List.of(new Part(kindKey, count.longValue()));
    }

    @Override
    public void moveTo(long droppedId, long keptId, String by) {
        em.createNativeQuery("update " + table + " set customer_id = ?1 where customer_id = ?2")
                .setParameter(1, keptId).setParameter(2, droppedId).executeUpdate();
    }
}

package accord.measure.control;

import accord.customer.entity.Tier;
import accord.platform.control.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Key accounts whose last reported quarter fell under 90 % of its target: one person's, or the whole company's. */
@ApplicationScoped
public class KeyAccountsAtRisk {

    static final double BELOW = 90;

    /** A key account at risk: its quarter, its attainment then, and who looks after it ("–" for nobody). */
    public record Account(String code, String name, String manager, String quarter, double attainment) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    /** The account manager's (a login), or the company's when null. */
    public List<Account> of(String accountManager) {
        TypedQuery<Object[]> query = em.createQuery("""
                select c.code, c.name, m.displayName, f.year, f.quarter, f.actual, f.target from SalesFigure f join f.customer c
                left join c.accountManager m where c.tier = :key and f.actual is not null and f.target > 0"""
                + (accountManager == null ? "" : " and m.login = :login") + " order by c.code, f.year desc, f.quarter desc",
                Object[].class).setParameter("key", Tier.A);
        if (accountManager != null) {
            query.setParameter("login", accountManager);
        }
        List<Account> atRisk = new ArrayList<>();
        String seen = null;
        for (Object[] row : query.getResultList()) {
            if (row[0].equals(seen)) {
                continue; // an account's later quarters only: its last reported one came first
            }
            seen = (String) row[0];
            double attainment = 100 * ((BigDecimal) row[5]).doubleValue() / ((BigDecimal) row[6]).doubleValue();
            if (attainment < BELOW) {
                atRisk.add(new Account(seen, (String) row[1], row[2] == null ? "–" : (String) row[2],
                        Text.of("measure.period.quarter", row[3], row[4]), attainment));
            }
        }
        return atRisk;
    }
}

package accord.target.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The key accounts' own quarterly targets (their sales figures) added up per account manager: what
 * the accounts a rep looks after are expected to buy, beside the rep's own sales target.
 */
@ApplicationScoped
public class AccountTargets {

    @PersistenceContext
    EntityManager em;

    /** Per login, the sum of their accounts' targets in each quarter (index 0 = Q1); a quarter without any stays null. */
    public Map<String, BigDecimal[]> byManager(Collection<String> logins, int year) {
        Map<String, BigDecimal[]> sums = new HashMap<>();
        if (logins.isEmpty()) {
            return sums;
        }
        em.createQuery("""
                select m.login, f.quarter, sum(f.target) from SalesFigure f join f.customer c join c.accountManager m
                where f.year = :year and f.target is not null and m.login in :logins
                group by m.login, f.quarter""", Object[].class)
                .setParameter("year", year).setParameter("logins", logins).getResultList()
                .forEach(row -> sums.computeIfAbsent((String) row[0], login -> new BigDecimal[4])[((Number) row[1]).intValue() - 1]
                        = (BigDecimal) row[2]);
        return sums;
    }
}

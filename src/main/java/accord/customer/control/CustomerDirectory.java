package accord.customer.control;

import static accord.platform.control.Input.blank;

import accord.customer.entity.Customer;
import accord.customer.entity.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finding customers: the list's filtered, sorted and paged queries, the pickers' search, by code or
 * id. Every employee may list customers.
 */
@ApplicationScoped
public class CustomerDirectory {

    /** What the list is filtered by; null or blank means any. */
    public static class Filter implements Serializable {
        private static final long serialVersionUID = 1L;

        private Tier tier;
        private String accountManager;
        private String region;
        private String industry;
        private String text;

        public Tier getTier() {
            return tier;
        }

        public void setTier(Tier tier) {
            this.tier = tier;
        }

        public String getAccountManager() {
            return accountManager;
        }

        public void setAccountManager(String accountManager) {
            this.accountManager = accountManager;
        }

        public String getRegion() {
            return region;
        }

        public void setRegion(String region) {
            this.region = region;
        }

        public String getIndustry() {
            return industry;
        }

        public void setIndustry(String industry) {
            this.industry = industry;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    private static final Map<String, String> SORTS = Map.of("code", "c.code", "name", "c.name", "tier", "c.tier",
            "region", "c.region", "industry", "c.industry", "since", "c.customerSince");

    @PersistenceContext
    EntityManager em;

    public List<Customer> page(Filter filter, String sort, boolean ascending, int first, int size) {
        String order = " order by " + (sort == null ? "c.tier" : SORTS.getOrDefault(sort, "c.tier"))
                + (ascending ? " asc" : " desc") + ", c.name";
        return query("select c from Customer c left join fetch c.accountManager m", filter, order, Customer.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(Filter filter) {
        return query("select count(c) from Customer c left join c.accountManager m", filter, "", Long.class).getSingleResult();
    }

    /** Customers whose name or code holds the text, by name, at most {@code max}: what a customer picker offers. */
    public List<Customer> matching(String text, int max) {
        String plain = text == null ? "" : text.replace("%", "").replace("_", "").strip();
        if (plain.isEmpty()) {
            return List.of();
        }
        Filter byText = new Filter();
        byText.setText(plain);
        return query("select c from Customer c left join fetch c.accountManager m", byText, " order by c.name", Customer.class)
                .setMaxResults(max).getResultList();
    }

    public Optional<Customer> byId(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Customer.class, id));
    }

    public Optional<Customer> byCode(String code) {
        return code == null ? Optional.empty()
                : em.createQuery("select c from Customer c left join fetch c.accountManager m left join fetch m.department"
                        + " where c.code = :code", Customer.class).setParameter("code", code).getResultStream().findFirst();
    }

    /** The accounts a person manages now, by code; under a row lock when the caller moves them. */
    public List<Customer> managedBy(String login, jakarta.persistence.LockModeType lock) {
        return em.createQuery("select c from Customer c where c.accountManager.login = :login order by c.code", Customer.class)
                .setParameter("login", login).setLockMode(lock).getResultList();
    }

    /** A customer of this name, whatever its case and the spaces around it: a duplicate in the making. */
    public Optional<Customer> named(String name) {
        return name == null ? Optional.empty()
                : em.createQuery("select c from Customer c where lower(c.name) = :name order by c.code", Customer.class)
                        .setParameter("name", name.strip().toLowerCase()).setMaxResults(1).getResultStream().findFirst();
    }

    public List<String> regions() {
        return em.createQuery("select distinct c.region from Customer c where c.region is not null order by c.region", String.class)
                .getResultList();
    }

    public List<String> industries() {
        return em.createQuery("select distinct c.industry from Customer c where c.industry is not null order by c.industry",
                String.class).getResultList();
    }

    /** The account managers of some customer: login and name, by name. */
    public List<Object[]> accountManagers() {
        return em.createQuery("select distinct m.login, m.displayName from Customer c join c.accountManager m order by m.displayName",
                Object[].class).getResultList();
    }

    private <T> TypedQuery<T> query(String select, Filter filter, String order, Class<T> type) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.getTier() != null) {
            conditions.add("c.tier = :tier");
            parameters.put("tier", filter.getTier());
        }
        if (!blank(filter.getAccountManager())) {
            conditions.add("m.login = :manager");
            parameters.put("manager", filter.getAccountManager());
        }
        if (!blank(filter.getRegion())) {
            conditions.add("c.region = :region");
            parameters.put("region", filter.getRegion());
        }
        if (!blank(filter.getIndustry())) {
            conditions.add("c.industry = :industry");
            parameters.put("industry", filter.getIndustry());
        }
        if (!blank(filter.getText())) {
            conditions.add("(lower(c.name) like :text or lower(c.code) like :text)");
            parameters.put("text", "%" + filter.getText().strip().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        String jpql = select + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + order;
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}

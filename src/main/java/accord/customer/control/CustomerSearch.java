package accord.customer.control;

import accord.customer.entity.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Finding customers by what people type: part of the name or of the code. */
@ApplicationScoped
public class CustomerSearch {

    @PersistenceContext
    EntityManager em;

    public List<Customer> matching(String text, int max) {
        String plain = text == null ? "" : text.replace("%", "").replace("_", "").strip().toLowerCase();
        if (plain.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Customer c left join fetch c.accountManager"
                        + " where lower(c.name) like :text or lower(c.code) like :text order by c.name", Customer.class)
                .setParameter("text", "%" + plain + "%").setMaxResults(max).getResultList();
    }

    public Optional<Customer> byId(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Customer.class, id));
    }
}

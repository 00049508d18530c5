package accord.measure;

import accord.customer.entity.Customer;
import accord.visit.entity.Visit;
import accord.visit.entity.VisitPurpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Visits on any day, as the measures of past periods need them (the page records only the last 60 days). */
@ApplicationScoped
@Transactional
public class MeasureFixture {

    @PersistenceContext
    EntityManager em;

    /** The key account downgraded out of key at that moment, with the reason. */
    public void lose(long customerId, Instant at, String reason) {
        em.persist(em.find(Customer.class, customerId).retier(accord.customer.entity.Tier.B, "test", at, reason));
    }

    public void visit(String rep, long customerId, LocalDate day) {
        em.persist(Visit.done(rep, em.find(Customer.class, customerId), day, VisitPurpose.NEEDS, "测试拜访", null,
                UUID.randomUUID().toString(), Instant.now()));
    }
}

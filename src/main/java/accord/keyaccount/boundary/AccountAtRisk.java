package accord.keyaccount.boundary;

import accord.complaint.control.ComplaintTrouble;
import accord.complaint.entity.Complaint;
import accord.customer.entity.Customer;
import accord.customer.entity.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Watches key accounts for trouble: three complaints past their deadline, or two reopened, within
 * 90 days start an early review (at most one a quarter), naming those complaints at the top of its
 * dossier. It runs after the complaint's own step has committed, so nothing here can undo it.
 */
@ApplicationScoped
public class AccountAtRisk {

    static final Duration WINDOW = Duration.ofDays(90);
    static final int BREACHES = 3;
    static final int REOPENED = 2;

    private static final Logger LOG = Logger.getLogger(AccountAtRisk.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ReviewStarts starts;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void onTrouble(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComplaintTrouble trouble) {
        try {
            check(trouble.customerId());
        } catch (RuntimeException notStarted) {
            // Nobody to review it, or another node started it at the same moment: the complaint is unaffected.
            LOG.log(Level.INFO, "No early review for customer " + trouble.customerId(), notStarted);
        }
    }

    void check(long customerId) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null || customer.tier() != Tier.A) {
            return;
        }
        LocalDateTime since = LocalDateTime.ofInstant(Instant.now().minus(WINDOW), ZoneOffset.UTC);
        List<Complaint> recent = em.createQuery("select c from Complaint c where c.customer.id = :customer"
                + " and c.registeredAt >= :since order by c.registeredAt", Complaint.class)
                .setParameter("customer", customerId).setParameter("since", since).getResultList();
        List<String> breached = recent.stream().filter(Complaint::isBreached).map(Complaint::getNumber).toList();
        List<String> reopened = recent.stream().filter(c -> c.getReopenCount() > 0).map(Complaint::getNumber).toList();
        String note = breached.size() >= BREACHES ? "BREACHED " + String.join(", ", breached)
                : reopened.size() >= REOPENED ? "REOPENED " + String.join(", ", reopened) : null;
        if (note != null) {
            starts.startAtRisk(customerId, note).ifPresent(review ->
                    LOG.info(() -> "Account at risk " + customer.code() + ": review " + review.getNumber() + " (" + note + ")"));
        }
    }
}

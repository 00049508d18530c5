package accord.keyaccount.boundary;

import accord.complaint.control.ComplaintTrouble;
import accord.complaint.entity.Complaint;
import accord.customer.entity.Customer;
import accord.customer.entity.Tier;
import accord.workflow.boundary.EngineJobs;
import accord.workflow.control.EngineJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * Watches key accounts for trouble: three complaints past their deadline, or two reopened, within
 * 90 days start an early review (at most one a quarter), naming those complaints at the top of its
 * dossier. The complaint's step only queues the check as an engine job, in its own transaction:
 * the check runs after that commit on whichever node takes the job, and whatever it meets (a race
 * for the account, a failure) can neither undo the complaint's step nor leave a half-done review.
 */
@ApplicationScoped
public class AccountAtRisk implements EngineJob {

    /** The job rows' handler type (kept across releases: a queued check may outlive the WAR). */
    static final String JOB = "accord-account-at-risk";
    static final Duration WINDOW = Duration.ofDays(90);
    static final int BREACHES = 3;
    static final int REOPENED = 2;

    private static final Logger LOG = Logger.getLogger(AccountAtRisk.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ReviewStarts starts;

    @Inject
    EngineJobs jobs;

    /** Heard inside the complaint's step: a key account's check is queued with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onTrouble(@Observes ComplaintTrouble trouble) {
        Customer customer = em.find(Customer.class, trouble.customerId());
        if (customer != null && customer.tier() == Tier.A) {
            jobs.later(JOB, Long.toString(trouble.customerId()));
        }
    }

    @Override
    public String getType() {
        return JOB;
    }

    /** The queued check, in the job's transaction; a failure is tried again, and a second try finds what a first one started. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void run(String customerId) {
        check(Long.parseLong(customerId));
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

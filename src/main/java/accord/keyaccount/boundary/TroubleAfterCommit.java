package accord.keyaccount.boundary;

import accord.complaint.control.ComplaintTrouble;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands a complaint's trouble to {@link AccountAtRisk} once the complaint's step has committed, on
 * another thread. Not in the committing thread: a new transaction begun while the last one is still
 * completing shared a pooled connection with it on Payara Server (the cluster test saw "Cannot
 * commit when autoCommit is enabled" on unrelated pages after two nodes raced for one review).
 */
@ApplicationScoped
public class TroubleAfterCommit {

    private static final Logger LOG = Logger.getLogger(TroubleAfterCommit.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    AccountAtRisk accounts;

    void onTrouble(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComplaintTrouble trouble) {
        executor.execute(() -> {
            try {
                accounts.check(trouble.customerId());
            } catch (RuntimeException notStarted) {
                // Nobody to review it, or another node started it at the same moment: the complaint is unaffected.
                LOG.log(Level.INFO, "No early review for customer " + trouble.customerId(), notStarted);
            }
        });
    }
}

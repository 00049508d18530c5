package accord.handoff.boundary;

import accord.customer.control.AccountManagerChanged;
import accord.handoff.entity.Handoff;
import accord.handoff.entity.HandoffStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * The open handoffs the old account manager asked for the customer follow the account: the new
 * manager answers, agrees dates and accepts from now on. Handoffs others asked for stay theirs.
 */
@ApplicationScoped
public class HandoffsFollowTheAccount {

    private static final Logger LOG = Logger.getLogger(HandoffsFollowTheAccount.class.getName());
    @PersistenceContext
    EntityManager em;

    @Inject
    HandoffParties parties;

    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(@Observes AccountManagerChanged change) {
        if (change.from() == null || change.to() == null) {
            return;
        }
        em.createQuery("select h from Handoff h where h.customer.id = :id and h.requester = :from and h.status in :open",
                Handoff.class).setParameter("id", change.customerId()).setParameter("from", change.from())
                .setParameter("open", HandoffStatus.OPEN).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                .forEach(handoff -> {
                    parties.askedBy(handoff, change.to());
                    LOG.info(() -> handoff.getNumber() + " now asked for by " + change.to());
                });
    }
}

package accord.keyaccount.boundary;

import accord.customer.control.AccountManagerChanged;
import accord.customer.entity.Customer;
import accord.keyaccount.control.ReviewPeople;
import accord.keyaccount.entity.AccountReview;
import accord.keyaccount.entity.ReviewStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * An account's open review follows the account to its new manager: they prepare, meet and record
 * from now on, and their own reviewer (ReviewPeople) reviews; the steps waiting for either go to them.
 */
@ApplicationScoped
public class ReviewsFollowTheAccount {

    private static final Logger LOG = Logger.getLogger(ReviewsFollowTheAccount.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ReviewPeople people;

    @Inject
    ReviewParties parties;

    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(@Observes AccountManagerChanged change) {
        if (change.to() == null) {
            return; // nobody to carry it on: it stays with whoever has it
        }
        Customer customer = em.find(Customer.class, change.customerId());
        people.of(customer).ifPresent(next -> em.createQuery(
                "select r from AccountReview r where r.customer.id = :id and r.status <> :done", AccountReview.class)
                .setParameter("id", change.customerId()).setParameter("done", ReviewStatus.DONE)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                .forEach(review -> carryOn(review, next)));
    }

    private void carryOn(AccountReview review, ReviewPeople.People next) {
        parties.carryOn(review, next.accountManager(), next.salesManager());
        LOG.info(() -> review.getNumber() + " carried on by " + next.accountManager() + ", reviewed by " + next.salesManager());
    }
}

package accord.keyaccount.control;

import accord.casefile.control.CaseVisibility;
import accord.customer.control.AccountAccess;
import accord.keyaccount.entity.AccountReview;
import accord.organisation.control.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A review's case (history, files, diagram) is seen by whoever may see the account's figures. */
@ApplicationScoped
public class ReviewVisibility implements CaseVisibility {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean canSee(Actor actor, String processInstanceId) {
        return em.createQuery("select r from AccountReview r join fetch r.customer c left join fetch c.accountManager m"
                        + " left join fetch m.department where r.processInstanceId = :id", AccountReview.class)
                .setParameter("id", processInstanceId).getResultStream()
                .anyMatch(review -> AccountAccess.maySee(actor, review.getCustomer()));
    }
}

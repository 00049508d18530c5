package accord.keyaccount.boundary;

import accord.customer.control.CustomerColumn;
import accord.keyaccount.entity.ReviewStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * A merged duplicate's annual reviews belong to the customer kept; not while both have one under
 * way (two reviews of one account would each plan its year).
 */
@ApplicationScoped
public class ReviewsOfCustomer extends CustomerColumn {

    public ReviewsOfCustomer() {
        super("account_review", "merge.kind.reviews");
    }

    @Override
    public Optional<String> refusesMerge(long keptId, long droppedId) {
        return underWay(keptId) && underWay(droppedId) ? Optional.of("merge.refused.twoReviews") : Optional.empty();
    }

    private boolean underWay(long customerId) {
        return !em.createQuery("select r.id from AccountReview r where r.customer.id = :id and r.status <> :done", Long.class)
                .setParameter("id", customerId).setParameter("done", ReviewStatus.DONE).setMaxResults(1).getResultList().isEmpty();
    }
}

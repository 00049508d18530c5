package accord.keyaccount.boundary;

import accord.customer.boundary.CustomerCard;
import accord.customer.control.AccountAccess;
import accord.customer.entity.Customer;
import accord.keyaccount.control.Dossier;
import accord.keyaccount.entity.AccountReview;
import accord.keyaccount.entity.PlanAction;
import accord.organisation.control.Actor;
import accord.platform.control.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The customer's annual reviews, the plan in force, and starting a review by hand. */
@Named
@ViewScoped
public class ReviewsCard extends CustomerCard {

    private static final long serialVersionUID = 1L;

    public record Review(String number, int year, String trigger, String status, boolean planActive, BigDecimal target,
            String products, List<PlanAction> actions) implements Serializable {
    }

    @Inject
    Dossier dossiers;

    @Inject
    ReviewStarts reviewStarts;

    private boolean visible;
    private List<Review> reviews = List.of();
    private boolean startable;
    private boolean underWay;

    @Override
    protected void read(Customer customer, Actor actor) {
        visible = AccountAccess.maySee(actor, customer);
        // Offered only when it can succeed: a manager may start one, and none is under way.
        underWay = ReviewStarts.mayStart(actor) && !reviewStarts.open(customer.id()).isEmpty();
        startable = ReviewStarts.mayStart(actor) && !underWay;
        if (visible) {
            reviews = dossiers.reviewsOf(customer.id()).stream()
                    .map(r -> new Review(r.getNumber(), r.getYear(), Text.of("review.trigger." + r.getTrigger().name()),
                            Text.of("review.status." + r.getStatus().name()), r.isPlanActive(), r.plannedTotal(),
                            r.getPlanProducts(), r.getPlanActions())).toList();
        }
    }

    public String start() {
        return change("review-start", () -> {
            AccountReview review = reviewStarts.startByHand(me.actor(), customerId());
            return Text.of("review.started", review.getNumber());
        });
    }

    /** The plan of the last finished review, if any. */
    public Review getActivePlan() {
        return reviews.stream().filter(Review::planActive).findFirst().orElse(null);
    }

    /** May this person see the account's reviews? */
    public boolean isVisible() {
        return visible;
    }

    public List<Review> getReviews() {
        return reviews;
    }

    public boolean isStartable() {
        return startable;
    }

    public boolean isUnderWay() {
        return underWay;
    }
}

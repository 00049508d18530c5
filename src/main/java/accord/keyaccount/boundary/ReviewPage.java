package accord.keyaccount.boundary;

import accord.customer.control.AccountAccess;
import accord.inbox.boundary.CasePage;
import accord.keyaccount.control.Dossier;
import accord.keyaccount.entity.AccountReview;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/**
 * One key-account review for whoever may see the account's figures (or has a part in its case):
 * what was prepared and planned, the meeting, its outcome and the tier decision, with the case's
 * open steps, timeline, files and diagram. It opens from the review's number wherever it is shown.
 * Read only, so it lives for one request and holds the entity itself.
 */
@Named
@RequestScoped
public class ReviewPage extends CasePage {

    @Inject
    Directory directory;

    @Inject
    Dossier dossiers;

    private AccountReview review;

    public void load() {
        Actor actor = me.actor();
        show(dossiers.review(number).filter(r -> AccountAccess.maySee(actor, r.getCustomer())
                        || lookup.canSeeCase(actor, r.getProcessInstanceId())),
                AccountReview::getProcessInstanceId, r -> review = r, "review", "review.refused.notVisible");
    }

    public AccountReview getReview() {
        return review;
    }

    public String nameOf(String login) {
        return login == null ? "" : directory.displayName(login);
    }

    public boolean isMeetingAhead() {
        return review.getMeetingAt() != null && review.getMeetingAt().isAfter(Instant.now());
    }
}

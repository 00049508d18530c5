package accord.keyaccount.boundary;

import accord.inbox.boundary.CaseStory;
import accord.inbox.control.TaskLookup;
import accord.keyaccount.control.FigureAccess;
import accord.keyaccount.entity.AccountReview;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.security.boundary.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.omnifaces.util.Faces;

/**
 * One key-account review for whoever may see the account's figures (or has a part in its case):
 * what was prepared and planned, the meeting, its outcome and the tier decision, with the case's
 * open steps, timeline, files and diagram. It opens from the review's number wherever it is shown.
 * Read only, so it lives for one request and holds the entity itself.
 */
@Named
@RequestScoped
public class ReviewPage {

    @Inject
    CurrentPerson me;

    @Inject
    TaskLookup lookup;

    @Inject
    CaseStory stories;

    @Inject
    Directory directory;

    @PersistenceContext
    EntityManager em;

    private AccountReview review;
    private CaseStory.Story story;

    public void load() {
        Actor actor = me.actor();
        String number = Faces.getRequestParameter("number");
        em.createQuery("select r from AccountReview r join fetch r.customer c left join fetch c.accountManager m"
                        + " left join fetch m.department left join fetch r.planActions where r.number = :number", AccountReview.class)
                .setParameter("number", number).getResultStream().findFirst()
                .filter(r -> FigureAccess.maySee(actor, r.getCustomer()) || lookup.canSeeCase(actor, r.getProcessInstanceId()))
                .ifPresentOrElse(r -> {
                    review = r;
                    story = r.getProcessInstanceId() == null ? null : stories.of(actor, r.getProcessInstanceId());
                }, () -> CaseStory.notVisible(actor, "review", number, "review.refused.notVisible"));
    }

    public AccountReview getReview() {
        return review;
    }

    public CaseStory.Story getStory() {
        return story;
    }

    public String nameOf(String login) {
        return login == null ? "" : directory.displayName(login);
    }

    public boolean isMeetingAhead() {
        return review.getMeetingAt() != null && review.getMeetingAt().isAfter(Instant.now());
    }
}

package accord.keyaccount.boundary;

import accord.inbox.boundary.TaskActions;
import accord.keyaccount.control.ReviewPeople;
import accord.keyaccount.entity.AccountReview;
import accord.keyaccount.entity.ReviewStatus;
import accord.organisation.control.Directory;
import accord.organisation.control.PersonalWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.flowable.engine.RuntimeService;

/**
 * A leaving person's part in open annual reviews (as the account manager who prepares, or the
 * manager who reviews) goes to the successor; when that would make one person both, the review goes
 * to the new account manager's own reviewer, so that nobody approves their own preparation. Also how
 * a review is carried on when its account changes hands ({@link ReviewsFollowTheAccount}).
 */
@ApplicationScoped
public class ReviewParties implements PersonalWork {

    private static final Set<String> ACCOUNT_MANAGER_STEPS = Set.of("prepare", "schedule", "recordOutcome");
    private static final Set<String> SALES_MANAGER_STEPS = Set.of("managerReview", "followUp");

    @PersistenceContext
    EntityManager em;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskActions actions;

    @Inject
    ReviewPeople people;

    @Inject
    Directory directory;

    @Override
    public List<Item> heldBy(String login) {
        return partyTo(login, false).stream().map(r -> new Item(login.equals(r.getAccountManager()) ? "departure.kind.reviewPrepared"
                : "departure.kind.reviewReviewed", r.getNumber() + " · " + r.getCustomer().name(), "/reviews/view.xhtml?number=" + r.getNumber()))
                .toList();
    }

    @Override
    public void handOver(String login, String successor, String by) {
        for (AccountReview review : partyTo(login, true)) {
            String accountManager = login.equals(review.getAccountManager()) ? successor : review.getAccountManager();
            String salesManager = login.equals(review.getSalesManager()) ? successor : review.getSalesManager();
            if (accountManager.equals(salesManager)) {
                salesManager = directory.employee(accountManager).flatMap(people::reviewerOf).orElse(salesManager);
            }
            carryOn(review, accountManager, salesManager);
        }
    }

    /** The review, its case's variables and its waiting steps, to these two people. */
    void carryOn(AccountReview review, String accountManager, String salesManager) {
        review.carriedOnBy(accountManager, salesManager);
        if (review.getProcessInstanceId() != null) {
            runtime.setVariable(review.getProcessInstanceId(), "accountManager", accountManager);
            runtime.setVariable(review.getProcessInstanceId(), "salesManager", salesManager);
            actions.handOverSteps(review.getProcessInstanceId(), ACCOUNT_MANAGER_STEPS, accountManager);
            actions.handOverSteps(review.getProcessInstanceId(), SALES_MANAGER_STEPS, salesManager);
        }
    }

    private List<AccountReview> partyTo(String login, boolean lock) {
        var query = em.createQuery("select r from AccountReview r join fetch r.customer where r.status <> :done"
                + " and (r.accountManager = :login or r.salesManager = :login) order by r.number", AccountReview.class)
                .setParameter("done", ReviewStatus.DONE).setParameter("login", login);
        return (lock ? query.setLockMode(LockModeType.PESSIMISTIC_WRITE) : query).getResultList();
    }
}

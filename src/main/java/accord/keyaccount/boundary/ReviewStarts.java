package accord.keyaccount.boundary;

import accord.calendar.control.WorkingCalendar;
import accord.casefile.control.CaseNumbers;
import accord.casefile.control.CaseVariables;
import accord.customer.entity.Customer;
import accord.customer.entity.Tier;
import accord.keyaccount.control.FiguresRefused;
import accord.keyaccount.control.ReviewPeople;
import accord.keyaccount.control.ReviewProcess;
import accord.keyaccount.entity.AccountReview;
import accord.keyaccount.entity.ReviewStatus;
import accord.keyaccount.entity.ReviewTrigger;
import accord.organisation.control.Actor;
import accord.organisation.entity.Role;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import accord.workflow.control.Acting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.flowable.engine.RuntimeService;

/**
 * Starting a review, in one transaction with its case: by a sales manager (or the sales director)
 * for any account, at any time, unless one is under way; or the yearly round for a key account,
 * at most once per account and year (the database's unique yearly key settles a race between nodes).
 */
@ApplicationScoped
public class ReviewStarts {

    private static final Logger LOG = Logger.getLogger(ReviewStarts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseNumbers numbers;

    @Inject
    ReviewPeople people;

    @Inject
    WorkingCalendar calendar;

    @Inject
    RuntimeService runtime;

    public static boolean mayStart(Actor actor) {
        return actor.isIn(Role.SALES_MANAGER.name()) || actor.isIn(Role.SALES_DIRECTOR.name());
    }

    @Transactional
    public AccountReview startByHand(Actor actor, long customerId) {
        if (!mayStart(actor)) {
            AccessRefusals.record(actor.login(), AuditWording.of("audit.act.startReview", customerId), "review.refused.notManager");
            throw new FiguresRefused(null, "review.refused.notManager");
        }
        Customer customer = Optional.ofNullable(em.find(Customer.class, customerId))
                .orElseThrow(() -> new FiguresRefused(null, "figures.refused.noCustomer"));
        if (!open(customerId).isEmpty()) {
            throw new FiguresRefused(null, "review.refused.underWay");
        }
        return start(customer, ReviewTrigger.MANUAL, actor.login(), Year.now(calendar.zone()));
    }

    /**
     * The yearly review of a key account, in a transaction of its own: empty when it exists already
     * (or the account is no longer a key account, or has nobody to do it).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<AccountReview> startYearly(long customerId, int year) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null || customer.tier() != Tier.A || keyTaken(AccountReview.yearlyKey(customerId, year))) {
            return Optional.empty();
        }
        return Optional.of(start(customer, ReviewTrigger.YEARLY, "system", Year.of(year)));
    }

    /**
     * An early review of a key account at risk, in the caller's transaction (the at-risk job's):
     * empty when a review is under way, one was started for risk this quarter, or nobody is there to do it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<AccountReview> startAtRisk(long customerId, String note) {
        // Locked: two complaints of one account in trouble at once (on two nodes) take turns here,
        // and the second finds the first's review instead of failing on the unique key.
        Customer customer = em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (customer == null || customer.tier() != Tier.A || !open(customerId).isEmpty()
                || keyTaken(AccountReview.riskKey(customerId, now, java.time.ZoneOffset.UTC))) {
            return Optional.empty();
        }
        Optional<ReviewPeople.People> who = people.of(customer);
        if (who.isEmpty()) {
            LOG.warning(() -> "Account " + customer.code() + " is at risk (" + note + ") but has nobody to review it");
            return Optional.empty();
        }
        return Optional.of(start(customer, who.get(), ReviewTrigger.AT_RISK, "system", Year.now(calendar.zone()), note));
    }

    /** Is this yearly or at-risk key used already (the column is unique, so a race fails on insert anyway)? */
    private boolean keyTaken(String key) {
        return !em.createQuery("select r.id from AccountReview r where r.yearlyKey = :key", Long.class)
                .setParameter("key", key).getResultList().isEmpty();
    }

    public List<AccountReview> open(long customerId) {
        return em.createQuery("select r from AccountReview r where r.customer.id = :customer and r.status <> :done", AccountReview.class)
                .setParameter("customer", customerId).setParameter("done", ReviewStatus.DONE).getResultList();
    }

    private AccountReview start(Customer customer, ReviewTrigger trigger, String startedBy, Year year) {
        ReviewPeople.People who = people.of(customer).orElseThrow(() -> new FiguresRefused(null, "review.refused.nobody"));
        return start(customer, who, trigger, startedBy, year, null);
    }

    private AccountReview start(Customer customer, ReviewPeople.People who, ReviewTrigger trigger, String startedBy, Year year,
            String note) {
        Instant now = Instant.now();
        AccountReview review = new AccountReview(numbers.next(CaseNumbers.Series.REVIEW, year), customer, year.getValue(),
                new AccountReview.Start(trigger, who.accountManager(), who.salesManager(), startedBy, note), now);
        em.persist(review);
        // The unique yearly key is checked here, before the case starts: a second node's start fails now.
        em.flush();
        Map<String, Object> variables = new ReviewProcess.Start(review.getId(), who.accountManager(), who.salesManager(), now)
                .variables();
        variables.putAll(CaseVariables.labels(customer.name() + " · " + year, customer.id(), customer.name()));
        String caseId = Acting.as(startedBy, () -> runtime.createProcessInstanceBuilder().processDefinitionKey(ReviewProcess.KEY)
                .businessKey(review.getNumber()).name(customer.name() + " · " + year).variables(variables).start().getId());
        review.startedAs(caseId);
        LOG.info(() -> "Review " + review.getNumber() + " of " + customer.code() + " started (" + trigger + ")");
        return review;
    }
}

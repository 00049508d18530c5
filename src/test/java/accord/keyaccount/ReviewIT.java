package accord.keyaccount;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.customer.entity.Customer;
import accord.customer.entity.Tier;
import accord.keyaccount.boundary.ReviewStarts;
import accord.keyaccount.boundary.ReviewSteps;
import accord.keyaccount.control.FiguresRefused;
import accord.keyaccount.entity.AccountReview;
import accord.keyaccount.entity.PlanAction;
import accord.keyaccount.entity.ReviewStatus;
import accord.keyaccount.entity.TierProposal;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.PlatformFixture;
import accord.testing.Deployments;
import accord.testing.Eventually;
import accord.testing.shared.SharedDeployment;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Key-account reviews in the real container: who may start one and work on each step, the meeting
 * timer run by the job executor, the tier change through the sales director, and the yearly start
 * that never makes two reviews of an account for a year, also when two starts race.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class ReviewIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    PlatformFixture fixture;

    @Inject
    ReviewStarts starts;

    @Inject
    ReviewSteps steps;

    @Inject
    Directory directory;

    @Inject
    accord.inbox.control.TaskLookup lookup;

    @Inject
    TaskService tasks;

    @Inject
    ManagementService management;

    @PersistenceContext
    EntityManager em;

    @Inject
    accord.complaint.ComplaintFixture complaintFixture;

    @Inject
    accord.complaint.boundary.ComplaintSteps complaintSteps;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService pool;

    private String salesManager;
    private String accountManager;
    private String colleague;
    private String director;
    private long account;

    @BeforeEach
    void team() {
        String team = PlatformFixture.unique("SE");
        fixture.department(team, null);
        salesManager = fixture.member(team, Role.SALES_MANAGER, Role.DEPT_HEAD);
        fixture.appointHead(team, salesManager);
        accountManager = fixture.member(team);
        fixture.reportTo(accountManager, salesManager);
        colleague = fixture.member(team);
        director = fixture.member(team, Role.SALES_DIRECTOR);
        account = fixture.customer(Tier.A, "评审客户", accountManager);
    }

    private Actor actor(String login) {
        return directory.actor(login);
    }

    private Task open(AccountReview review, String step) {
        return tasks.createTaskQuery().processInstanceId(review.getProcessInstanceId()).taskDefinitionKey(step).singleResult();
    }

    private AccountReview reload(AccountReview review) {
        return em.find(AccountReview.class, review.getId());
    }

    private static AccountReview.Preparation preparation() {
        return new AccountReview.Preparation("Good, the plant manager trusts us.", "One local rival", "A new line in Q3",
                BigDecimal.valueOf(1_000_000), BigDecimal.valueOf(1_100_000), BigDecimal.valueOf(1_200_000),
                BigDecimal.valueOf(1_300_000), "Controller X2", List.of());
    }

    private static List<AccountReview.ActionLine> actions() {
        LocalDate soon = LocalDate.now().plusDays(30);
        return List.of(new AccountReview.ActionLine("Demo X2 at the plant", "王芳", soon),
                new AccountReview.ActionLine(" ", "", null), // an empty line the form left: dropped
                new AccountReview.ActionLine("Quarterly business review", "Plant manager", soon.plusDays(60)));
    }

    private static AccountReview.Outcome outcome(TierProposal proposal, Tier tier) {
        return new AccountReview.Outcome("Happy with the service", 4, "A second plant", "X2", true, false,
                BigDecimal.valueOf(4_800_000), proposal, tier, null);
    }

    private void toTheOutcome(AccountReview review) {
        steps.prepare(actor(accountManager), open(review, "prepare").getId(), preparation(), actions());
        steps.review(actor(salesManager), open(review, "managerReview").getId(), true, null);
        steps.schedule(actor(accountManager), open(review, "schedule").getId(), Instant.now().plus(Duration.ofDays(7)),
                "Customer's office", "Plant manager, purchasing head", "Last year; plans; products; referrals");
        // The meeting day's timer made due now; the portal's job executor runs it.
        var meeting = management.createTimerJobQuery().processInstanceId(review.getProcessInstanceId())
                .elementId("waitForMeeting").singleResult();
        management.moveTimerToExecutableJob(meeting.getId());
        Eventually.until(() -> open(review, "recordOutcome") != null);
    }

    @Test
    void onlyManagersStartAndOnlyOneReviewIsUnderWay() {
        assertEquals("review.refused.notManager", assertThrows(FiguresRefused.class,
                () -> starts.startByHand(actor(accountManager), account)).messageKey());
        AccountReview review = starts.startByHand(actor(salesManager), account);
        assertTrue(review.getNumber().matches("KAR-\\d{4}-\\d{6}"), review.getNumber());
        assertEquals(accountManager, open(review, "prepare").getAssignee());
        assertEquals(salesManager, review.getSalesManager(), "the account manager's own manager reviews");
        assertEquals("review.refused.underWay", assertThrows(FiguresRefused.class,
                () -> starts.startByHand(actor(salesManager), account)).messageKey());

        // Who sees the review's case (history, files, diagram): the account's manager and their managers, nobody else.
        assertTrue(lookup.canSeeCase(actor(accountManager), review.getProcessInstanceId()));
        assertTrue(lookup.canSeeCase(actor(salesManager), review.getProcessInstanceId()));
        assertTrue(lookup.canSeeCase(actor(director), review.getProcessInstanceId()));
        assertFalse(lookup.canSeeCase(actor(colleague), review.getProcessInstanceId()), "a colleague of the same team");
    }

    @Test
    void eachStepIsDoneByItsPersonAndKeepingTheTierActivatesThePlan() {
        AccountReview review = starts.startByHand(actor(salesManager), account);
        String prepare = open(review, "prepare").getId();
        tasks.setAssignee(prepare, colleague);
        assertEquals("review.refused.notYourStep", assertThrows(FiguresRefused.class,
                () -> steps.prepare(actor(colleague), prepare, preparation(), actions())).messageKey());
        tasks.setAssignee(prepare, accountManager);
        // Each action needs what, who and a due date not in the past; the line at fault is named.
        assertEquals("review.refused.actions", assertThrows(FiguresRefused.class, () -> steps.prepare(actor(accountManager),
                prepare, preparation(), List.of(new AccountReview.ActionLine("", " ", null)))).messageKey());
        FiguresRefused incomplete = assertThrows(FiguresRefused.class, () -> steps.prepare(actor(accountManager), prepare,
                preparation(), List.of(actions().get(0), new AccountReview.ActionLine("Visit", "", LocalDate.now()))));
        assertEquals("actions", incomplete.field());
        assertEquals("review.refused.actionIncomplete", incomplete.messageKey());
        assertArrayEquals(new Object[] {2}, incomplete.arguments());
        assertEquals("review.refused.actionDue", assertThrows(FiguresRefused.class, () -> steps.prepare(actor(accountManager),
                prepare, preparation(), List.of(new AccountReview.ActionLine("Visit", "王芳", LocalDate.now().minusDays(2)))))
                .messageKey());
        steps.prepare(actor(accountManager), prepare, preparation(), actions());
        List<PlanAction> stored = reload(review).getPlanActions();
        assertEquals(List.of("Demo X2 at the plant/王芳", "Quarterly business review/Plant manager"),
                stored.stream().map(a -> a.getWhat() + "/" + a.getOwner()).toList());
        assertEquals(LocalDate.now().plusDays(90), stored.get(1).getDue());
        assertEquals("comments", assertThrows(FiguresRefused.class,
                () -> steps.review(actor(salesManager), open(review, "managerReview").getId(), false, " ")).field());
        steps.review(actor(salesManager), open(review, "managerReview").getId(), false, "Add the rival's prices");
        assertEquals(ReviewStatus.PREPARING, reload(review).getStatus());
        steps.prepare(actor(accountManager), open(review, "prepare").getId(), preparation(), actions());
        steps.review(actor(salesManager), open(review, "managerReview").getId(), true, null);
        assertEquals("meetingAt", assertThrows(FiguresRefused.class, () -> steps.schedule(actor(accountManager),
                open(review, "schedule").getId(), Instant.now().minusSeconds(60), "x", "y", "z")).field());
        steps.schedule(actor(accountManager), open(review, "schedule").getId(), Instant.now().plus(Duration.ofDays(7)),
                "Customer's office", "Plant manager", "Plans");
        var meeting = management.createTimerJobQuery().processInstanceId(review.getProcessInstanceId())
                .elementId("waitForMeeting").singleResult();
        management.moveTimerToExecutableJob(meeting.getId());
        Eventually.until(() -> open(review, "recordOutcome") != null);
        steps.recordOutcome(actor(accountManager), open(review, "recordOutcome").getId(), outcome(TierProposal.KEEP, null));

        AccountReview done = reload(review);
        assertEquals(ReviewStatus.DONE, done.getStatus());
        assertTrue(done.isPlanActive());
        assertEquals(0, tasks.createTaskQuery().processInstanceId(review.getProcessInstanceId()).count());
    }

    @Test
    void aDowngradeNeedsTheSalesDirectorAndChangesTheTierWithItsHistory() {
        AccountReview review = starts.startByHand(actor(salesManager), account);
        toTheOutcome(review);
        // The meeting's invitation went to both of its people, with the meeting as a calendar entry.
        for (String invited : List.of(accountManager, salesManager)) {
            List<accord.mail.entity.OutboxMail> invitations = em.createQuery(
                    "select m from OutboxMail m where m.recipient = :login and m.kind = :meeting", accord.mail.entity.OutboxMail.class)
                    .setParameter("login", invited).setParameter("meeting", accord.mail.entity.MailKind.REVIEW_MEETING).getResultList();
            assertEquals(1, invitations.size());
            String calendar = invitations.get(0).getCalendar();
            assertTrue(calendar.contains("UID:review-" + review.getNumber() + "@accord") && calendar.contains("DTSTART:"), calendar);
        }
        assertEquals("proposedTier", assertThrows(FiguresRefused.class, () -> steps.recordOutcome(actor(accountManager),
                open(review, "recordOutcome").getId(), outcome(TierProposal.DOWNGRADE, Tier.A))).field());
        steps.recordOutcome(actor(accountManager), open(review, "recordOutcome").getId(), outcome(TierProposal.DOWNGRADE, Tier.B));
        assertEquals(ReviewStatus.TIER_APPROVAL, reload(review).getStatus());
        Task approval = open(review, "approveTier");
        tasks.setAssignee(approval.getId(), salesManager);
        assertEquals("figures.refused.notDirector", assertThrows(FiguresRefused.class,
                () -> steps.decideTier(actor(salesManager), approval.getId(), true, null)).messageKey());
        tasks.setAssignee(approval.getId(), director);
        steps.decideTier(actor(director), approval.getId(), true, "Agreed");

        assertEquals(Tier.B, em.find(Customer.class, account).tier());
        assertTrue(reload(review).isPlanActive());
        assertEquals(1, em.createQuery("select count(t) from TierChange t where t.customer.id = :id and t.reason like :why", Long.class)
                .setParameter("id", account).setParameter("why", review.getNumber() + "%").getSingleResult());
    }

    /** A complaint of the account taken to its call-back, where the customer does not accept: reopened. */
    private void reopenedComplaint(String agent, String department, String engineer) {
        var complaint = complaintFixture.register(agent, account);
        Task triage = tasks.createTaskQuery().processInstanceId(complaint.getProcessInstanceId()).singleResult();
        tasks.claim(triage.getId(), agent);
        complaintSteps.triage(actor(agent), triage.getId(), new accord.complaint.boundary.ComplaintSteps.Triage(
                complaint.getCategory(), complaint.getSeverity(), department, false, null, null));
        Task resolve = tasks.createTaskQuery().processInstanceId(complaint.getProcessInstanceId()).singleResult();
        tasks.claim(resolve.getId(), engineer);
        complaintSteps.resolve(actor(engineer), resolve.getId(), new accord.complaint.boundary.ComplaintSteps.Resolution(
                accord.complaint.boundary.ComplaintSteps.Outcome.RESOLVED, accord.complaint.entity.RootCause.PRODUCTION, null,
                "Replaced the part", null, "The part was replaced.", null, null, null));
        Task callBack = tasks.createTaskQuery().processInstanceId(complaint.getProcessInstanceId()).singleResult();
        tasks.claim(callBack.getId(), agent);
        complaintSteps.callBack(actor(agent), callBack.getId(),
                new accord.complaint.boundary.ComplaintSteps.CallBack(false, 2, "Still broken."));
    }

    /** The key account's reviews for risk, once the checks its complaints queued have run (the job executor runs them). */
    private List<AccountReview> atRisk() {
        Eventually.until(() -> queuedChecks("act_ru_job") + queuedChecks("act_ru_timer_job") == 0);
        assertEquals(0, queuedChecks("act_ru_job") + queuedChecks("act_ru_timer_job") + queuedChecks("act_ru_deadletter_job"),
                "every queued at-risk check ran, none failed");
        return em.createQuery("select r from AccountReview r where r.customer.id = :id and r.trigger = :risk", AccountReview.class)
                .setParameter("id", account).setParameter("risk", accord.keyaccount.entity.ReviewTrigger.AT_RISK).getResultList();
    }

    private long queuedChecks(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where handler_type_ = 'accord-account-at-risk'"
                + " and handler_cfg_ = ?1").setParameter(1, Long.toString(account)).getSingleResult()).longValue();
    }

    @Test
    void twoReopenedComplaintsOfAKeyAccountStartOneEarlyReviewNamingThem() {
        String service = PlatformFixture.unique("CS");
        fixture.department(service, null);
        String agent = fixture.member(service, Role.CUSTOMER_SERVICE);
        String support = PlatformFixture.unique("TS");
        fixture.department(support, null);
        String engineer = fixture.member(support);

        reopenedComplaint(agent, support, engineer);
        assertTrue(atRisk().isEmpty(), "one reopened complaint is not a risk yet");
        reopenedComplaint(agent, support, engineer);
        List<AccountReview> early = atRisk();
        assertEquals(1, early.size(), "the second reopened complaint within 90 days starts an early review");
        assertTrue(early.get(0).getTriggerNote().startsWith("REOPENED CMP-"), early.get(0).getTriggerNote());
        assertEquals(accountManager, open(early.get(0), "prepare").getAssignee());

        reopenedComplaint(agent, support, engineer);
        assertEquals(1, atRisk().size(), "at most one early review a quarter, and not while one is under way");
    }

    @Test
    void theYearlyStartNeverMakesTwoReviewsOfAnAccountForAYearEvenWhenTwoStartsRace() throws Exception {
        Optional<AccountReview> first = starts.startYearly(account, 2099);
        assertTrue(first.isPresent());
        assertTrue(starts.startYearly(account, 2099).isEmpty(), "a second start (a restart) adds nothing");

        long raced = fixture.customer(Tier.A, "竞争客户", accountManager);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> both = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            both.add(pool.submit(() -> {
                go.await();
                try {
                    return starts.startYearly(raced, 2098).isPresent();
                } catch (RuntimeException lost) {
                    return false; // the unique yearly key refused the second insert
                }
            }));
        }
        go.countDown();
        int started = 0;
        for (Future<Boolean> start : both) {
            started += start.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertEquals(1, started, "exactly one of two racing starts");
        assertEquals(1L, em.createQuery("select count(r) from AccountReview r where r.customer.id = :id and r.year = 2098", Long.class)
                .setParameter("id", raced).getSingleResult());
        assertFalse(starts.startYearly(fixture.customer(Tier.B, "普通客户", accountManager), 2099).isPresent(),
                "only key accounts get the yearly review");
    }
}

package accord.promotion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.customer.entity.Tier;
import accord.grading.control.GradeHistory;
import accord.inbox.boundary.TaskActions;
import accord.inbox.control.ListCounts;
import accord.inbox.control.TaskLookup;
import accord.inbox.control.TaskRefused;
import accord.keyaccount.boundary.AccountFigures;
import accord.notice.control.Notices;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.PlatformFixture;
import accord.promotion.boundary.Nominations;
import accord.promotion.boundary.PromotionSteps;
import accord.promotion.control.NominationDetails;
import accord.promotion.control.NominationRefused;
import accord.promotion.control.NominationRegister;
import accord.promotion.entity.Nomination;
import accord.promotion.entity.NominationStatus;
import accord.promotion.entity.Readiness;
import accord.testing.Deployments;
import accord.testing.Eventually;
import accord.testing.shared.SharedDeployment;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nominations in the real container: the whole chain to the grade change on the effective day (the
 * job executor runs the timer), every confidentiality rule (lists, case, task, department
 * oversight), four eyes also against deputy routing, the 90-day block and HR lifting it, the frozen
 * evidence and what changed since, HR's loop back to the nominator.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class PromotionIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    PlatformFixture fixture;

    @Inject
    Nominations nominations;

    @Inject
    accord.promotion.boundary.NominationResumption resumption;

    @Inject
    PromotionSteps steps;

    @Inject
    NominationRegister register;

    @Inject
    NominationDetails details;

    @Inject
    TaskActions actions;

    @Inject
    TaskLookup lookup;

    @Inject
    ListCounts counts;

    @Inject
    TaskService tasks;

    @Inject
    org.flowable.engine.ManagementService management;

    @Inject
    Directory directory;

    @Inject
    GradeHistory grades;

    @Inject
    Notices notices;

    @Inject
    AccountFigures figures;

    @Inject
    accord.grading.boundary.GradeLadderKeeper ladder;

    @Inject
    accord.grading.boundary.RecordKeeper records;

    @Inject
    accord.grading.control.Performance performance;

    @PersistenceContext
    EntityManager em;

    private String team;
    private String director;
    private String manager;
    private String rep;
    private String peer;
    private String hr;
    private String otherHead;
    private String admin;

    @BeforeEach
    void organisation() {
        String sales = PlatformFixture.unique("SA");
        team = PlatformFixture.unique("ST");
        String hrDepartment = PlatformFixture.unique("HR");
        String other = PlatformFixture.unique("OT");
        fixture.department(sales, null);
        fixture.department(team, sales);
        fixture.department(hrDepartment, null);
        fixture.department(other, null);
        director = fixture.member(sales, Role.SALES_DIRECTOR, Role.DEPT_HEAD);
        fixture.appointHead(sales, director);
        manager = fixture.member(team, Role.SALES_MANAGER, Role.DEPT_HEAD);
        fixture.appointHead(team, manager);
        fixture.reportTo(manager, director);
        rep = fixture.member(team);
        peer = fixture.member(team);
        fixture.reportTo(rep, manager);
        fixture.reportTo(peer, manager);
        fixture.grade(rep, "SALES_REP", LocalDate.now().minusYears(3));
        fixture.grade(peer, "SALES_REP", LocalDate.now().minusYears(3));
        hr = fixture.member(hrDepartment, Role.HR);
        otherHead = fixture.member(other, Role.DEPT_HEAD);
        fixture.appointHead(other, otherHead);
        admin = fixture.member(other, Role.ADMIN);
    }

    private Actor actor(String login) {
        return directory.actor(login);
    }

    private static Nominations.Draft draft(String nominee, String grade) {
        return new Nominations.Draft(nominee, grade, new Nomination.Assessment(Readiness.NOW, false,
                "Wins new customers", "Late reports", "Key account course", null));
    }

    private Task open(Nomination n, String step) {
        return tasks.createTaskQuery().processInstanceId(n.getProcessInstanceId()).taskDefinitionKey(step).singleResult();
    }

    private Nomination reload(Nomination n) {
        return em.createQuery("select n from Nomination n join fetch n.nominee where n.id = :id", Nomination.class)
                .setParameter("id", n.getId()).getSingleResult();
    }

    private void asHr(Nomination n, String step, Runnable action) {
        actions.claim(actor(hr), open(n, step).getId());
        action.run();
    }

    @Test
    void hrThenTheNextHeadUpThenTheGradeChangesOnTheEffectiveDay() {
        Nomination n = nominations.submit(actor(manager), draft(rep, "SENIOR_SALES_REP"));
        assertTrue(n.getNumber().matches("PRM-\\d{4}-\\d{6}"), n.getNumber());
        assertEquals(director, n.getHeadApprover(), "four eyes: the head nominated, so the head's own manager approves");
        assertEquals("HEAD_SKIPPED " + manager + " " + director, n.getChainNote());
        assertFalse(n.isDirectorNeeded(), "one level up to level 2: the head decides");
        assertTrue(reload(n).getEligibility().contains("MONTHS_IN_GRADE=MET"), reload(n).getEligibility());
        assertTrue(reload(n).getEligibility().contains("ATTAINMENT=NO_DATA"), "no accounts, no attainment: a warning");

        asHr(n, "hrReview", () -> steps.hrReview(actor(hr), open(n, "hrReview").getId(), PromotionSteps.HrDecision.APPROVE, null));
        assertEquals(director, open(n, "headApproval").getAssignee());
        steps.headDecision(actor(director), open(n, "headApproval").getId(), true, null);
        asHr(n, "setEffective", () -> steps.setEffective(actor(hr), open(n, "setEffective").getId(), LocalDate.now(SHANGHAI)));
        assertEquals(NominationStatus.SCHEDULED, reload(n).getStatus());

        Eventually.until(() -> reload(n).getStatus() == NominationStatus.PROMOTED);
        assertEquals(NominationStatus.PROMOTED, reload(n).getStatus(), () -> "the job executor ran the effective-day timer; jobs: "
                + management.createTimerJobQuery().processInstanceId(n.getProcessInstanceId()).list().stream()
                        .map(j -> j.getDuedate() + " " + j.getRetries() + " " + j.getExceptionMessage()).toList()
                + management.createDeadLetterJobQuery().processInstanceId(n.getProcessInstanceId()).list().stream()
                        .map(j -> management.getDeadLetterJobExceptionStacktrace(j.getId()).lines()
                                .filter(l -> l.startsWith("Caused by")).toList()).toList());
        assertEquals("SENIOR_SALES_REP", directory.employee(rep).orElseThrow().grade());
        var change = grades.of(directory.employee(rep).orElseThrow().id()).get(0);
        assertEquals("SALES_REP", change.getFrom());
        assertEquals(n.getNumber(), change.getReason());
        assertEquals(hr, change.getRecordedBy());
        assertEquals(1, notices.unread(manager).size(), "the nominator is told");
        assertEquals(1, notices.unread(rep).size(), "the nominee is told");
    }

    @Test
    void theGenericCompleteCannotDecideAStepAndAStrandedNominationGetsItsCaseBack() {
        Nomination n = nominations.submit(actor(manager), draft(rep, "SENIOR_SALES_REP"));
        String hrTask = open(n, "hrReview").getId();
        actions.claim(actor(hr), hrTask);
        assertEquals("task.refused.useTheForm", assertThrows(TaskRefused.class,
                () -> actions.complete(actor(hr), hrTask, null)).messageKey(), "only the form decides the step");
        assertEquals(hrTask, open(n, "hrReview").getId(), "the step is still open");

        // What the stray button did before it was refused: the step completed without a decision.
        steps.hrReview(actor(hr), hrTask, PromotionSteps.HrDecision.APPROVE, null); // claimed above
        tasks.complete(open(n, "headApproval").getId());
        assertEquals(NominationStatus.HEAD_APPROVAL, reload(n).getStatus(), "open, while its case ended");
        assertTrue(resumption.stranded().contains(n.getId()));

        assertTrue(resumption.resume(n.getId()));
        assertFalse(resumption.resume(n.getId()), "once only (another node, a second start)");
        Nomination resumed = reload(n);
        assertNotEquals(n.getProcessInstanceId(), resumed.getProcessInstanceId());
        assertEquals(NominationStatus.HEAD_APPROVAL, resumed.getStatus());
        assertEquals(director, open(resumed, "headApproval").getAssignee(), "waiting where it stood, for the same person");
        assertFalse(resumption.stranded().contains(n.getId()));
        steps.headDecision(actor(director), open(resumed, "headApproval").getId(), true, null);
        assertEquals(NominationStatus.EFFECTIVE_DATE, reload(n).getStatus(), "and it goes on from there");
        assertTrue(notices.unread(manager).stream().anyMatch(x -> x.getMessageKey().equals("notice.promotion.resumed")));
    }

    @Test
    void onlyTheNominatorTheApproversHrAndAdminSeeANomination() {
        Nomination n = nominations.submit(actor(manager), draft(rep, "SENIOR_SALES_REP"));
        for (String may : List.of(manager, director, hr, admin)) {
            assertTrue(register.visible(actor(may), null, null).stream().anyMatch(v -> v.getId().equals(n.getId())), may);
            assertTrue(lookup.canSeeCase(actor(may), n.getProcessInstanceId()), may);
        }
        String hrTask = open(n, "hrReview").getId();
        for (String mayNot : List.of(rep, peer, otherHead)) {
            assertFalse(register.visible(actor(mayNot), null, null).stream().anyMatch(v -> v.getId().equals(n.getId())),
                    mayNot + " in the list (and so the export)");
            assertFalse(lookup.canSeeCase(actor(mayNot), n.getProcessInstanceId()), mayNot + " in the history, files, diagram");
            assertThrows(TaskRefused.class, () -> lookup.visibleTask(hrTask, actor(mayNot)), mayNot + " on the task page");
        }
        // Department oversight stops at confidential tasks: the head step held by a member of the team is not counted.
        asHr(n, "hrReview", () -> steps.hrReview(actor(hr), hrTask, PromotionSteps.HrDecision.APPROVE, null));
        Task headStep = open(n, "headApproval");
        Actor overseer = new Actor("overseer", List.of(), Set.of(team, directory.employee(director).orElseThrow()
                .department().code()), false);
        assertThrows(TaskRefused.class, () -> lookup.visibleTask(headStep.getId(), overseer));
        assertEquals(0, counts.ofDepartments(Set.of(directory.employee(director).orElseThrow().department().code())));
    }

    @Test
    void fourEyesHoldsAlsoWhenTheApproverIsAwayAndTheNominatorIsTheDeputy() {
        fixture.absence(director, manager, LocalDate.now(SHANGHAI), LocalDate.now(SHANGHAI).plusDays(5));
        Nomination n = nominations.submit(actor(manager), draft(rep, "SENIOR_SALES_REP"));
        asHr(n, "hrReview", () -> steps.hrReview(actor(hr), open(n, "hrReview").getId(), PromotionSteps.HrDecision.APPROVE, null));
        assertEquals(director, open(n, "headApproval").getAssignee(), "not routed to the nominator as deputy");
        tasks.setAssignee(open(n, "headApproval").getId(), manager);
        assertEquals("promotion.refused.fourEyes", assertThrows(NominationRefused.class,
                () -> steps.headDecision(actor(manager), open(n, "headApproval").getId(), true, null)).messageKey());
    }

    @Test
    void hrStepsAreNeverOfferedToTheNominatorOrTheNomineeWhenTheyWorkInHr() {
        String people = PlatformFixture.unique("HP");
        fixture.department(people, null);
        String hrHead = fixture.member(people, Role.HR, Role.DEPT_HEAD);
        fixture.appointHead(people, hrHead);
        String hrMember = fixture.member(people, Role.HR);
        fixture.reportTo(hrMember, hrHead);
        fixture.grade(hrMember, "SALES_REP", LocalDate.now().minusYears(2));
        Nomination n = nominations.submit(actor(hrHead), draft(hrMember, "SENIOR_SALES_REP"));
        List<String> offered = tasks.getIdentityLinksForTask(open(n, "hrReview").getId()).stream()
                .map(link -> link.getUserId()).toList();
        assertTrue(offered.contains(hr), offered.toString());
        assertFalse(offered.contains(hrHead) || offered.contains(hrMember), "neither nominator nor nominee: " + offered);
        assertFalse(lookup.canSeeCase(actor(hrMember), n.getProcessInstanceId()), "the nominee in HR does not see it either");
        assertFalse(register.visible(actor(hrMember), null, null).stream().anyMatch(v -> v.getId().equals(n.getId())));
    }

    @Test
    void aRejectionBlocksTheNextNominationFor90DaysUnlessHrLiftsIt() {
        assertEquals("promotion.refused.notYourTeam", assertThrows(NominationRefused.class,
                () -> nominations.submit(actor(peer), draft(rep, "SENIOR_SALES_REP"))).messageKey());
        assertEquals("target", assertThrows(NominationRefused.class,
                () -> nominations.submit(actor(manager), draft(rep, "SALES_REP"))).field());
        assertEquals("jumpReason", assertThrows(NominationRefused.class,
                () -> nominations.submit(actor(manager), draft(rep, "KEY_ACCOUNT_MANAGER"))).field(), "two levels need a reason");
        Nomination n = nominations.submit(actor(manager), draft(rep, "SENIOR_SALES_REP"));
        assertEquals("promotion.refused.open", assertThrows(NominationRefused.class,
                () -> nominations.submit(actor(manager), draft(rep, "SENIOR_SALES_REP"))).messageKey());
        assertEquals("reason", assertThrows(NominationRefused.class, () -> asHr(n, "hrReview",
                () -> steps.hrReview(actor(hr), open(n, "hrReview").getId(), PromotionSteps.HrDecision.REJECT, " "))).field());
        steps.hrReview(actor(hr), open(n, "hrReview").getId(), PromotionSteps.HrDecision.REJECT, "Attainment below the bar");
        Nomination rejected = reload(n);
        assertEquals(NominationStatus.REJECTED, rejected.getStatus());
        assertEquals("hrReview", rejected.getRejectedAtStep());
        assertEquals("Attainment below the bar", rejected.getRejectionReason());
        assertEquals(1, notices.unread(manager).size(), "the nominator is told");

        assertEquals("promotion.refused.blocked", assertThrows(NominationRefused.class,
                () -> nominations.submit(actor(manager), draft(rep, "SENIOR_SALES_REP"))).messageKey());
        assertEquals("promotion.refused.notHr", assertThrows(NominationRefused.class,
                () -> nominations.liftBlock(actor(manager), n.getNumber(), "Please")).messageKey());
        nominations.liftBlock(actor(hr), n.getNumber(), "Exceptional last quarter");
        assertNotEquals(n.getId(), nominations.submit(actor(manager), draft(rep, "SENIOR_SALES_REP")).getId());
    }

    @Test
    void hrDecidesSeveralAtOnceEachRowOnItsOwnAndOnlyHrKeepsTheLadder() {
        Nomination first = nominations.submit(actor(manager), draft(rep, "SENIOR_SALES_REP"));
        Nomination second = nominations.submit(actor(manager), draft(peer, "SENIOR_SALES_REP"));
        // As on the calibration page: each row claimed and decided in its own transaction; a refused row stays as it was.
        assertEquals("reason", assertThrows(NominationRefused.class, () -> steps.claimAndReview(actor(hr),
                open(second, "hrReview").getId(), PromotionSteps.HrDecision.REJECT, null)).field());
        steps.claimAndReview(actor(hr), open(first, "hrReview").getId(), PromotionSteps.HrDecision.APPROVE, null);
        assertEquals(NominationStatus.HEAD_APPROVAL, reload(first).getStatus());
        assertEquals(NominationStatus.HR_REVIEW, reload(second).getStatus());
        assertEquals(null, open(second, "hrReview").getAssignee(), "the refused row's claim was rolled back with it");

        var requirements = new accord.grading.boundary.GradeLadderKeeper.Requirements("高级销售代表", "Senior Sales Representative",
                12, BigDecimal.valueOf(95), BigDecimal.valueOf(3.5));
        assertEquals("grades.refused.notHr", assertThrows(accord.grading.boundary.GradeLadderKeeper.LadderRefused.class,
                () -> ladder.update(actor(manager), "SENIOR_SALES_REP", requirements)).messageKey());
        assertEquals("satisfaction", assertThrows(accord.grading.boundary.GradeLadderKeeper.LadderRefused.class,
                () -> ladder.update(actor(hr), "SENIOR_SALES_REP", new accord.grading.boundary.GradeLadderKeeper.Requirements(
                        "高级销售代表", "Senior Sales Representative", 12, BigDecimal.valueOf(95), BigDecimal.valueOf(6)))).field());
        ladder.update(actor(hr), "SENIOR_SALES_REP", requirements);
    }

    @Test
    void managersRecordActivityHrRecordsTrainingAndThePerformanceShowsIt() {
        long repId = directory.employee(rep).orElseThrow().id();
        var lastQuarter = accord.grading.control.QuarterOfYear.of(LocalDate.now(SHANGHAI)).previous();
        assertEquals("records.refused.notYours", assertThrows(accord.grading.boundary.RecordKeeper.RecordRefused.class,
                () -> records.recordActivity(actor(peer), repId, lastQuarter, 1, 10)).messageKey());
        assertEquals("records.refused.notYours", assertThrows(accord.grading.boundary.RecordKeeper.RecordRefused.class,
                () -> records.recordActivity(actor(rep), repId, lastQuarter, 9, 99)).messageKey(), "not one's own");
        assertEquals("quarter", assertThrows(accord.grading.boundary.RecordKeeper.RecordRefused.class,
                () -> records.recordActivity(actor(manager), repId, lastQuarter.next().next(), 1, 10)).field());
        records.recordActivity(actor(manager), repId, lastQuarter, 3, 41);
        records.recordActivity(actor(manager), repId, lastQuarter, 4, 42); // corrected: the same quarter again
        assertEquals("records.refused.notHr", assertThrows(accord.grading.boundary.RecordKeeper.RecordRefused.class,
                () -> records.addTraining(actor(manager), repId, "Negotiation", LocalDate.now(SHANGHAI))).messageKey());
        records.addTraining(actor(hr), repId, "Negotiation", LocalDate.now(SHANGHAI).minusDays(3));
        var quarters = performance.quarters(directory.employee(rep).orElseThrow(), lastQuarter, lastQuarter);
        assertEquals(4, quarters.get(0).newCustomers());
        assertEquals(42, quarters.get(0).visits());
        Nomination n = nominations.submit(actor(manager), draft(rep, "SENIOR_SALES_REP"));
        assertEquals("4", details.of(reload(n), Locale.ENGLISH).evidence().get("newCustomers"), "the evidence counts it");
    }

    @Test
    void theEvidenceIsFrozenAndAChangeSinceIsShownAndHrCanAskForMore() {
        long customer = fixture.customer(Tier.B, "晋升证据客户", rep);
        LocalDate lastQuarter = LocalDate.now(SHANGHAI).minusMonths(3);
        int quarter = (lastQuarter.getMonthValue() - 1) / 3 + 1;
        figures.enter(actor(rep), customer, lastQuarter.getYear(),
                List.of(new AccountFigures.Quarter(quarter, BigDecimal.valueOf(100_000), BigDecimal.valueOf(120_000))));
        Nomination n = nominations.submit(actor(manager), draft(rep, "SENIOR_SALES_REP"));
        NominationDetails.View frozen = details.of(reload(n), Locale.ENGLISH);
        assertEquals("120.0", frozen.evidence().get("attainment"));
        assertTrue(frozen.intact());
        assertEquals(List.of(), frozen.changes());

        figures.enter(actor(rep), customer, lastQuarter.getYear(),
                List.of(new AccountFigures.Quarter(quarter, BigDecimal.valueOf(100_000), BigDecimal.valueOf(90_000))));
        NominationDetails.View later = details.of(reload(n), Locale.ENGLISH);
        assertEquals("120.0", later.evidence().get("attainment"), "approvers still see the submitted figures");
        assertTrue(later.changes().stream().anyMatch(c -> c.key().equals("attainment") && c.now().equals("90.0")), later.changes().toString());

        asHr(n, "hrReview", () -> steps.hrReview(actor(hr), open(n, "hrReview").getId(), PromotionSteps.HrDecision.RETURN,
                "Add the Q3 pipeline"));
        assertEquals(NominationStatus.RETURNED, reload(n).getStatus());
        assertEquals(manager, open(n, "moreEvidence").getAssignee());
        steps.resubmit(actor(manager), open(n, "moreEvidence").getId(), new Nomination.Assessment(Readiness.SIX_MONTHS, true,
                "Wins new customers; pipeline of 3 deals", "Late reports", "Key account course", null));
        Nomination again = reload(n);
        assertEquals(NominationStatus.HR_REVIEW, again.getStatus());
        assertEquals("90.0", again.getEvidence().lines().filter(l -> l.startsWith("attainment="))
                .findFirst().orElseThrow().substring("attainment=".length()), "frozen anew on resubmission");
        assertTrue(open(n, "hrReview") != null);
    }
}

package accord.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.casefile.control.CaseHistory;
import accord.deputy.control.DeputyRouting;
import accord.handoff.boundary.BulkDecisions;
import accord.handoff.boundary.HandoffRequests;
import accord.handoff.boundary.HandoffSteps;
import accord.handoff.control.HandoffRefused;
import accord.handoff.control.HandoffRegister;
import accord.handoff.control.PendingApprovals;
import accord.handoff.control.RequestForm;
import accord.handoff.control.Workload;
import accord.handoff.entity.Handoff;
import accord.handoff.entity.HandoffKind;
import accord.handoff.entity.HandoffStatus;
import accord.inbox.control.TaskLookup;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.PlatformFixture;
import accord.testing.Deployments;
import accord.testing.Eventually;
import accord.testing.shared.SharedDeployment;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
 * Handoffs in the real container: a request reaches the target head, and every rule of who may
 * decide, deliver and accept is enforced on the server, for deputies, escalations and bulk
 * decisions too.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class HandoffIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    PlatformFixture fixture;

    @Inject
    HandoffRequests requests;

    @Inject
    HandoffSteps steps;

    @Inject
    BulkDecisions bulk;

    @Inject
    PendingApprovals pending;

    @Inject
    HandoffRegister register;

    @Inject
    Workload workload;

    @Inject
    HandoffLookup handoffs;

    @Inject
    TaskLookup lookup;

    @Inject
    CaseHistory history;

    @Inject
    Directory directory;

    @Inject
    TaskService tasks;

    @Inject
    ManagementService management;

    private String sales;
    private String support;
    private String rep;
    private String salesHead;
    private String head;
    private String engineer;
    private String secondEngineer;
    private String director;
    private String outsider;

    @BeforeEach
    void company() {
        sales = PlatformFixture.unique("SL");
        support = PlatformFixture.unique("TS");
        String board = PlatformFixture.unique("BD");
        fixture.department(sales, null);
        fixture.department(support, null);
        fixture.department(board, null);
        director = fixture.member(board, Role.DEPT_HEAD);
        salesHead = fixture.member(sales, Role.DEPT_HEAD);
        fixture.appointHead(sales, salesHead);
        rep = fixture.member(sales);
        head = fixture.member(support, Role.DEPT_HEAD);
        fixture.appointHead(support, head);
        fixture.reportTo(head, director);
        engineer = fixture.member(support);
        secondEngineer = fixture.member(support);
        outsider = fixture.member(board);
    }

    private Actor actor(String login) {
        return directory.actor(login);
    }

    private RequestForm form(String target) {
        RequestForm form = new RequestForm();
        form.setTargetDepartment(target);
        form.setKind(HandoffKind.TECHNICAL_PROPOSAL);
        form.setSubject("Technical proposal for line 2");
        form.setDetails("The customer wants a proposal for the second production line.");
        form.setAcceptanceCriteria("Covers line 2\n\n  Includes a price range  \n");
        form.setNeededBy(LocalDate.now(ZONE).plusDays(10));
        return form;
    }

    private Handoff request(String requester, String target) {
        return requests.request(actor(requester), form(target), List.of());
    }

    private Task open(Handoff handoff, String step) {
        return tasks.createTaskQuery().processInstanceId(handoff.getProcessInstanceId()).taskDefinitionKey(step).singleResult();
    }

    private static HandoffSteps.Approval approve(String assignee) {
        return new HandoffSteps.Approval(HandoffSteps.Decision.APPROVE, assignee, null, "ok");
    }

    private static void assertRefused(String field, String messageKey, Runnable action) {
        HandoffRefused refused = assertThrows(HandoffRefused.class, action::run);
        assertEquals(messageKey, refused.messageKey());
        assertEquals(field, refused.field());
    }

    @Test
    void aRequestIsCheckedAndGoesToTheTargetHead() {
        RequestForm past = form(support);
        past.setNeededBy(LocalDate.now(ZONE).minusDays(1));
        assertRefused("neededBy", "handoff.refused.neededBy", () -> requests.request(actor(rep), past, List.of()));
        RequestForm noCriteria = form(support);
        noCriteria.setAcceptanceCriteria(" \n ");
        assertRefused("acceptanceCriteria", "handoff.refused.criteria", () -> requests.request(actor(rep), noCriteria, List.of()));
        RequestForm nowhere = form("NO_SUCH_DEPARTMENT");
        assertRefused("targetDepartment", "handoff.refused.department", () -> requests.request(actor(rep), nowhere, List.of()));

        Handoff handoff = request(rep, support);

        assertTrue(handoff.getNumber().matches("HND-\\d{4}-\\d{6}"), handoff.getNumber());
        assertEquals(HandoffStatus.APPROVAL, handoff.getStatus());
        assertEquals(sales, handoff.getRequesterDepartment());
        assertEquals(List.of("Covers line 2", "Includes a price range"), handoff.criteria());
        Task approval = open(handoff, "approve");
        assertEquals(head, approval.getAssignee());
        assertEquals(handoff.getNumber(), pending.of(head).stream().filter(p -> p.taskId().equals(approval.getId()))
                .findFirst().orElseThrow().handoff().getNumber());
        assertTrue(register.byNumber(handoff.getNumber()).filter(h -> HandoffRegister.maySee(actor(engineer), h)).isPresent(),
                "the target department sees it");
        assertTrue(HandoffRegister.maySee(actor(salesHead), handoff), "the requesting department sees it");
        assertFalse(HandoffRegister.maySee(actor(outsider), handoff), "nobody else");
        assertFalse(lookup.canSeeCase(actor(outsider), handoff.getProcessInstanceId()));
        assertEquals(1, register.list(actor(head), HandoffRegister.Scope.INCOMING, true, 0, 1000, null, false).stream()
                .filter(h -> h.getId().equals(handoff.getId())).count());
        assertEquals(0, register.list(actor(outsider), HandoffRegister.Scope.ALL, false, 0, 1000, null, false).stream()
                .filter(h -> h.getId().equals(handoff.getId())).count());
    }

    @Test
    void approvedDeliveredAndAcceptedWithOnlyTheRightPeopleActing() {
        Handoff handoff = request(rep, support);
        Task approval = open(handoff, "approve");

        // Handed on in the inbox, the decision still is not the engineer's.
        tasks.setAssignee(approval.getId(), engineer);
        assertRefused(null, "handoff.refused.notYourStep", () -> steps.decide(actor(engineer), approval.getId(), approve(engineer)));
        tasks.setAssignee(approval.getId(), head);
        assertRefused("assignee", "handoff.refused.assignee", () -> steps.decide(actor(head), approval.getId(), approve(rep)));
        assertRefused("text", "handoff.refused.rejectReason", () -> steps.decide(actor(head), approval.getId(),
                new HandoffSteps.Approval(HandoffSteps.Decision.REJECT, null, null, " ")));
        steps.decide(actor(head), approval.getId(), approve(engineer));

        Handoff approved = handoffs.find(handoff.getId());
        assertEquals(HandoffStatus.IN_PROGRESS, approved.getStatus());
        assertEquals(handoff.getNeededBy(), approved.getPromisedBy());
        Task delivery = open(handoff, "deliver");
        assertEquals(engineer, delivery.getAssignee());
        tasks.setAssignee(delivery.getId(), rep);
        assertRefused(null, "handoff.refused.notYourStep", () -> steps.deliver(actor(rep), delivery.getId(), "done"));
        tasks.setAssignee(delivery.getId(), engineer);
        steps.deliver(actor(engineer), delivery.getId(), "Proposal v1 attached.");

        Task acceptance = open(handoff, "accept");
        assertEquals(rep, acceptance.getAssignee());
        assertRefused("criteria", "handoff.refused.criteria.unticked", () -> steps.accept(actor(rep), acceptance.getId(),
                new HandoffSteps.Acceptance(true, 1, 5, null)));
        assertRefused("rating", "handoff.refused.rating", () -> steps.accept(actor(rep), acceptance.getId(),
                new HandoffSteps.Acceptance(true, 2, null, null)));
        steps.accept(actor(rep), acceptance.getId(), new HandoffSteps.Acceptance(true, 2, 4, null));

        Handoff done = handoffs.find(handoff.getId());
        assertEquals(HandoffStatus.DONE, done.getStatus());
        assertEquals(4, done.getRating());
        assertEquals(Boolean.TRUE, done.promiseHeld(ZONE));
        assertEquals(0, done.getSendBackCount());
    }

    @Test
    void theThirdSendBackGoesToTheHeadWhoReassigns() {
        Handoff handoff = request(rep, support);
        steps.decide(actor(head), open(handoff, "approve").getId(), approve(engineer));
        for (int time = 1; time <= 3; time++) {
            steps.deliver(actor(engineer), open(handoff, "deliver").getId(), "Try " + time);
            assertRefused("sendBackReason", "handoff.refused.sendBackReason", () -> steps.accept(actor(rep), open(handoff, "accept").getId(),
                    new HandoffSteps.Acceptance(false, 0, null, "")));
            steps.accept(actor(rep), open(handoff, "accept").getId(), new HandoffSteps.Acceptance(false, 0, null, "Missing prices"));
        }
        assertEquals(HandoffStatus.REASSIGNING, handoffs.find(handoff.getId()).getStatus());
        assertEquals(3, handoffs.find(handoff.getId()).getSendBackCount());
        Task reassign = open(handoff, "reassign");
        assertEquals(head, reassign.getAssignee());
        assertRefused(null, "handoff.refused.ownRequest", () -> steps.reassign(actor(rep), reassign.getId(), secondEngineer, null));
        steps.reassign(actor(head), reassign.getId(), secondEngineer, "Second pair of eyes");
        assertEquals(secondEngineer, open(handoff, "deliver").getAssignee());
        assertEquals(secondEngineer, handoffs.find(handoff.getId()).getAssignee());
    }

    @Test
    void aHeadsOwnRequestIsDecidedByTheirManagerAndNeverByThemselves() {
        Handoff own = request(head, support);
        Task approval = open(own, "approve");
        assertEquals(director, approval.getAssignee(), "the head's own manager decides");

        tasks.setAssignee(approval.getId(), head);
        assertRefused(null, "handoff.refused.ownRequest", () -> steps.decide(actor(head), approval.getId(), approve(engineer)));
        tasks.setAssignee(approval.getId(), director);
        steps.decide(actor(director), approval.getId(), approve(engineer));
        assertEquals(HandoffStatus.IN_PROGRESS, handoffs.find(own.getId()).getStatus());
    }

    @Test
    void theHeadsDeputyDecidesWhileTheHeadIsAwayAndTheHistorySaysForWhom() {
        LocalDate today = LocalDate.now();
        fixture.absence(head, secondEngineer, today.minusDays(1), today.plusDays(1));
        Handoff handoff = request(rep, support);
        Task approval = open(handoff, "approve");
        assertEquals(secondEngineer, approval.getAssignee());
        assertEquals(head, tasks.getVariableLocal(approval.getId(), DeputyRouting.ON_BEHALF_OF));

        steps.decide(actor(secondEngineer), approval.getId(), approve(engineer));

        CaseHistory.Entry decided = history.of(handoff.getProcessInstanceId()).stream()
                .filter(e -> "completed".equals(e.kind()) || e.forName() != null).filter(e -> e.forName() != null)
                .findFirst().orElseThrow();
        assertEquals(directory.displayName(secondEngineer), decided.actorName());
        assertEquals(directory.displayName(head), decided.forName());
    }

    @Test
    void bulkApprovalDecidesEachRowOnItsOwn() {
        Handoff first = request(rep, support);
        Handoff second = request(rep, support);
        Handoff third = request(rep, support);
        String leastLoaded = workload.of(support, LocalDate.now(ZONE)).get(0).login();

        List<BulkDecisions.Outcome> outcomes = bulk.approve(actor(head), List.of(
                new BulkDecisions.Choice(open(first, "approve").getId(), leastLoaded),
                new BulkDecisions.Choice(open(second, "approve").getId(), rep),
                new BulkDecisions.Choice(open(third, "approve").getId(), secondEngineer)));

        assertTrue(outcomes.get(0).done());
        assertEquals("handoff.refused.assignee", outcomes.get(1).messageKey(), "not a member of the department");
        assertTrue(outcomes.get(2).done());
        assertEquals(HandoffStatus.IN_PROGRESS, handoffs.find(first.getId()).getStatus());
        assertEquals(HandoffStatus.APPROVAL, handoffs.find(second.getId()).getStatus(), "the refused row is untouched");
        assertEquals(secondEngineer, handoffs.find(third.getId()).getAssignee());
        assertTrue(workload.of(support, LocalDate.now(ZONE)).stream().anyMatch(m -> m.login().equals(leastLoaded) && m.open() >= 1));

        List<BulkDecisions.Outcome> byOutsider = bulk.reject(actor(outsider), List.of(open(second, "approve").getId()), "no");
        assertEquals("handoff.refused.notYourStep", byOutsider.get(0).messageKey());
        List<BulkDecisions.Outcome> rejected = bulk.reject(actor(head), List.of(open(second, "approve").getId()), "Not our work");
        assertTrue(rejected.get(0).done());
        Handoff gone = handoffs.find(second.getId());
        assertEquals(HandoffStatus.REJECTED, gone.getStatus());
        assertEquals("Not our work", gone.getEndReason());
        assertNull(open(second, "approve"));
    }

    @Test
    void anUndecidedRequestGoesToTheHeadsManagerWhenItsWorkingDayIsOver() {
        Handoff handoff = request(rep, support);
        var timer = management.createTimerJobQuery().processInstanceId(handoff.getProcessInstanceId())
                .elementId("escalateTimer").singleResult();
        management.moveTimerToExecutableJob(timer.getId());
        Eventually.until(() -> open(handoff, "approveEscalated") != null);
        Task escalated = open(handoff, "approveEscalated");
        assertEquals(director, escalated.getAssignee());
        assertNull(open(handoff, "approve"), "the head's task is gone");
        assertRefused(null, "handoff.refused.notYourStep", () -> steps.decide(actor(head), escalated.getId(), approve(engineer)));
        steps.decide(actor(director), escalated.getId(), approve(engineer));
        assertEquals(engineer, open(handoff, "deliver").getAssignee());
    }
}

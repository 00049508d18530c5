package accord.deputy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.casefile.control.CaseHistory;
import accord.deputy.boundary.AbsenceEnding;
import accord.deputy.boundary.OutOfOffice;
import accord.deputy.control.AbsenceRefused;
import accord.deputy.control.Absences;
import accord.deputy.control.DeputyRouting;
import accord.inbox.boundary.TaskActions;
import accord.inbox.control.TaskFacts;
import accord.inbox.control.TaskLookup;
import accord.inbox.control.TaskRefused;
import accord.inbox.control.TaskRights;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.PlatformFixture;
import accord.testing.Deployments;
import accord.testing.shared.SharedDeployment;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deputies in the real container: a task for someone who is away goes to their deputy, the
 * history says for whom the deputy acted, ending the absence gives the open tasks back, and the
 * planning rules are enforced on the server.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class DeputyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    PlatformFixture fixture;

    @Inject
    OutOfOffice outOfOffice;

    @Inject
    AbsenceEnding ending;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService pool;

    @Inject
    Absences absences;

    @Inject
    TaskActions actions;

    @Inject
    TaskLookup lookup;

    @Inject
    TaskService tasks;

    @Inject
    CaseHistory history;

    @Inject
    Directory directory;

    private String department;
    private String head;
    private String approver;
    private String deputy;
    private String colleague;
    private String starter;
    private LocalDate today;

    @BeforeEach
    void organisation() {
        department = PlatformFixture.unique("DP");
        fixture.department(department, null);
        head = fixture.member(department, Role.DEPT_HEAD);
        fixture.appointHead(department, head);
        approver = fixture.member(department);
        deputy = fixture.member(department);
        colleague = fixture.member(department);
        starter = fixture.member(department);
        today = absences.today();
    }

    private Actor actor(String login) {
        return directory.actor(login);
    }

    /** Starts a case and completes its first step, so that its approval is assigned to the approver. */
    private Task approvalOfNewCase() {
        String caseId = fixture.startCase(starter, PlatformFixture.unique("DP-"), "Price approval", department, approver,
                null, 50);
        String review = tasks.createTaskQuery().processInstanceId(caseId).singleResult().getId();
        actions.claim(actor(colleague), review);
        actions.complete(actor(colleague), review, null);
        return tasks.createTaskQuery().processInstanceId(caseId).singleResult();
    }

    @Test
    void whileThePersonIsAwayTheirTaskGoesToTheDeputyAndTheHistorySaysForWhom() {
        outOfOffice.plan(actor(approver), deputy, today, today.plusDays(3));

        Task approval = approvalOfNewCase();

        assertEquals(deputy, approval.getAssignee());
        assertEquals(approver, tasks.getVariableLocal(approval.getId(), DeputyRouting.ON_BEHALF_OF));
        TaskFacts facts = lookup.facts(approval, actor(deputy));
        assertArrayEquals(new String[] {"task.why.deputy", approver}, TaskRights.whyYours(actor(deputy), facts).orElseThrow());
        assertTrue(TaskRights.canSee(actor(approver), lookup.facts(approval, actor(approver))), "the person follows it");

        actions.complete(actor(deputy), approval.getId(), "Approved while 张 is away");

        CaseHistory.Entry step = history.of(approval.getProcessInstanceId()).stream()
                .filter(e -> e.kind().equals("done") && "Approve the case".equals(e.step())).findFirst().orElseThrow();
        assertEquals(deputy, step.actor());
        assertEquals(directory.displayName(approver), step.forName(), "approved by the deputy for the approver");
    }

    @Test
    void endingTheAbsenceGivesTheOpenTasksBack() {
        long absence = outOfOffice.plan(actor(approver), deputy, today, today.plusDays(3)).getId();
        Task approval = approvalOfNewCase();
        assertEquals(deputy, approval.getAssignee());

        assertRefused("absence.refused.notYours", () -> outOfOffice.end(actor(deputy), absence));
        assertEquals(1, outOfOffice.end(actor(approver), absence));

        Task back = tasks.createTaskQuery().taskId(approval.getId()).singleResult();
        assertEquals(approver, back.getAssignee());
        assertNull(tasks.getVariableLocal(approval.getId(), DeputyRouting.ON_BEHALF_OF));
        assertEquals(approver, approvalOfNewCase().getAssignee(), "back at work: new tasks come to the person");
    }

    @Test
    void anAbsenceWhoseLastDayPassedEndsOnTheSchedule() {
        fixture.absence(approver, deputy, today.minusDays(3), today.minusDays(1));
        fixture.absence(colleague, deputy, today.minusDays(1), today.plusDays(1));

        assertTrue(ending.endThoseOver() >= 1);

        assertTrue(absences.current(approver).isEmpty());
        assertTrue(absences.open(approver).isEmpty(), "ended");
        assertTrue(absences.current(colleague).isPresent(), "still away today");
    }

    @Test
    void twoNodesEndingTheSameAbsenceAtOnceGiveItsTasksBackOnce() throws Exception {
        long absence = fixture.absence(approver, deputy, today.minusDays(3), today.minusDays(1));
        // A task the deputy took over while the approver was away.
        Task approval = approvalOfNewCase();
        tasks.setAssignee(approval.getId(), deputy);
        tasks.setVariableLocal(approval.getId(), DeputyRouting.ON_BEHALF_OF, approver);

        // Two nodes' hourly rounds at the same moment, then both on this absence: the rounds ended it.
        assertEquals(List.of(false, false), atOnce(() -> {
            ending.endThoseOver();
            return outOfOffice.endIfOver(absence);
        }), "the rounds ended it before; neither round failed");
        // The lock decides a race on one absence: exactly one of two ends it.
        long second = fixture.absence(colleague, deputy, today.minusDays(2), today.minusDays(1));
        List<Boolean> racing = atOnce(() -> outOfOffice.endIfOver(second));
        assertEquals(1, racing.stream().filter(Boolean::booleanValue).count(), "exactly one of two racing ends: " + racing);

        assertEquals(approver, tasks.createTaskQuery().taskId(approval.getId()).singleResult().getAssignee());
        assertNull(tasks.getVariableLocal(approval.getId(), DeputyRouting.ON_BEHALF_OF));
        assertFalse(outOfOffice.endIfOver(absence) || outOfOffice.endIfOver(second), "both ended already");
    }

    /** Runs the work on two threads released together, as two nodes would; their answers in order. */
    private List<Boolean> atOnce(java.util.concurrent.Callable<Boolean> work) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> nodes = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            nodes.add(pool.submit(() -> {
                go.await();
                return work.call();
            }));
        }
        go.countDown();
        List<Boolean> answers = new ArrayList<>();
        for (Future<Boolean> node : nodes) {
            answers.add(node.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    @Test
    void aPlannedAbsenceChangesNothingUntilItStartsAndCanBeCancelled() {
        long planned = outOfOffice.plan(actor(approver), deputy, today.plusDays(7), today.plusDays(8)).getId();

        assertEquals(approver, approvalOfNewCase().getAssignee());
        assertEquals(0, outOfOffice.end(actor(approver), planned));
        assertTrue(absences.open(approver).isEmpty(), "cancelled");
    }

    @Test
    void reassigningToSomeoneAwayReachesTheirDeputyAndDelegatingToThemIsRefused() {
        Task approval = approvalOfNewCase();
        outOfOffice.plan(actor(colleague), deputy, today, today);

        assertEquals(deputy, actions.reassign(actor(head), approval.getId(), colleague));
        assertEquals(colleague, tasks.getVariableLocal(approval.getId(), DeputyRouting.ON_BEHALF_OF));

        assertEquals(approver, actions.reassign(actor(head), approval.getId(), approver));
        assertNull(tasks.getVariableLocal(approval.getId(), DeputyRouting.ON_BEHALF_OF), "no longer held for anyone");
        TaskRefused refused = assertThrows(TaskRefused.class, () -> actions.delegate(actor(approver), approval.getId(), colleague));
        assertEquals("task.refused.away", refused.messageKey());
    }

    @Test
    void planningRulesAreEnforcedOnTheServer() {
        outOfOffice.plan(actor(approver), deputy, today.plusDays(1), today.plusDays(2));

        assertRefused("absence.refused.overlap", () -> outOfOffice.plan(actor(approver), colleague, today, today.plusDays(1)));
        assertRefused("absence.refused.deputy", () -> outOfOffice.plan(actor(colleague), colleague, today, today));
        assertRefused("absence.refused.deputy", () -> outOfOffice.plan(actor(colleague), "nobody-" + department, today, today));
        assertRefused("absence.refused.deputyAway", () -> outOfOffice.plan(actor(colleague), approver, today, today.plusDays(5)));
        assertRefused("absence.refused.standingIn", () -> outOfOffice.plan(actor(deputy), colleague, today.plusDays(2), today.plusDays(2)));
        assertRefused("absence.refused.past", () -> outOfOffice.plan(actor(colleague), head, today.minusDays(1), today));
        assertEquals(List.of(), absences.open(colleague));
    }

    private static void assertRefused(String messageKey, Runnable action) {
        AbsenceRefused refused = assertThrows(AbsenceRefused.class, action::run);
        assertEquals(messageKey, refused.messageKey());
    }
}

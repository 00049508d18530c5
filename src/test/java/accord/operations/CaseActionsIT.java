package accord.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.audit.AuditFixture;
import accord.complaint.ComplaintFixture;
import accord.complaint.ComplaintLookup;
import accord.complaint.entity.Complaint;
import accord.complaint.entity.ComplaintStatus;
import accord.customer.entity.Tier;
import accord.inbox.boundary.TaskActions;
import accord.inbox.control.TaskRefused;
import accord.inbox.control.TaskRows;
import accord.notice.control.Notices;
import accord.operations.control.CaseActions;
import accord.operations.control.CaseOverview;
import accord.operations.control.LeaversWithWork;
import accord.operations.control.OperationsRefused;
import accord.operations.control.WorkReassignment;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.PlatformFixture;
import accord.testing.Deployments;
import accord.testing.Eventually;
import accord.testing.shared.SharedDeployment;
import jakarta.inject.Inject;
import java.util.List;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ADMIN's actions on a running case in the real container: suspend and resume (the inbox refuses
 * its steps meanwhile, its timers wait), cancel (the case and its business record end together or
 * not at all), reassign one step or everything of a person; each only for ADMIN, with a reason, in
 * the audit trail; and people who left with work are found.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class CaseActionsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    FailingStepFixture workflow;

    @Inject
    ComplaintFixture complaints;

    @Inject
    ComplaintLookup complaintsNow;

    @Inject
    RefusingEndingFixture refusingEnding;

    @Inject
    accord.handoff.boundary.HandoffRequests handoffs;

    @Inject
    accord.handoff.HandoffLookup handoffsNow;

    @Inject
    CaseActionsFixture fixture;

    @Inject
    PlatformFixture people;

    @Inject
    AuditFixture audit;

    @Inject
    Directory directory;

    @Inject
    CaseActions cases;

    @Inject
    WorkReassignment reassignment;

    @Inject
    LeaversWithWork leavers;

    @Inject
    CaseOverview overviews;

    @Inject
    TaskActions taskActions;

    @Inject
    TaskRows rows;

    @Inject
    Notices notices;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    ManagementService management;

    @Inject
    HistoryService history;

    @Test
    void aSuspendedCaseIsOnHoldInTheInboxItsTimersWaitAndItGoesOnWhenResumed() {
        String admin = people.member("HR", Role.ADMIN);
        String staff = people.member("SALES");
        String number = "OPS-H-" + System.nanoTime();
        String id = runningAtDone(number, staff);
        Task done = tasks.createTaskQuery().processInstanceId(id).singleResult();
        tasks.setAssignee(done.getId(), staff);
        assertEquals(1, management.createTimerJobQuery().processInstanceId(id).count(), "the reminder waits");

        OperationsRefused notAdmin = assertThrows(OperationsRefused.class, () -> cases.suspend(directory.actor(staff), number, "x"));
        assertEquals("operations.refused.notAdmin", notAdmin.messageKey());
        OperationsRefused noReason = assertThrows(OperationsRefused.class, () -> cases.suspend(directory.actor(admin), number, " "));
        assertEquals("reason", noReason.field());
        OperationsRefused tooLong = assertThrows(OperationsRefused.class,
                () -> cases.suspend(directory.actor(admin), number, "x".repeat(OperationsRefused.MAX_REASON + 1)));
        assertEquals("reason", tooLong.field());
        assertFalse(runtime.createProcessInstanceQuery().processInstanceId(id).singleResult().isSuspended(), "refusals change nothing");

        cases.suspend(directory.actor(admin), number, " waiting for the customer's lawyer ");
        assertTrue(runtime.createProcessInstanceQuery().processInstanceId(id).singleResult().isSuspended());
        assertEquals(0, management.createTimerJobQuery().processInstanceId(id).count(), "its timer is put aside");
        assertEquals(1, management.createSuspendedJobQuery().processInstanceId(id).count());
        Task held = tasks.createTaskQuery().processInstanceId(id).singleResult();
        assertTrue(rows.of(List.of(held)).get(0).onHold(), "the inbox shows it on hold");
        TaskRefused refused = assertThrows(TaskRefused.class, () -> taskActions.complete(directory.actor(staff), held.getId(), "done"));
        assertEquals("task.refused.onHold", refused.messageKey());
        assertEquals("case.refused.suspended", assertThrows(OperationsRefused.class,
                () -> cases.suspend(directory.actor(admin), number, "again")).messageKey());
        assertEquals("task.refused.onHold", assertThrows(TaskRefused.class,
                () -> reassignment.reassign(directory.actor(admin), held.getId(), admin, "covering")).messageKey());
        assertEquals(CaseOverview.CaseState.SUSPENDED, overviews.of(directory.actor(admin), number, Object::toString).orElseThrow().state());
        assertTrue(notices.unread(staff).stream().anyMatch(n -> n.getMessageKey().equals("case.notice.suspended")
                && n.getArguments().equals(List.of(number, "waiting for the customer's lawyer"))), "the holder is told");

        cases.resume(directory.actor(admin), number, "the lawyer answered");
        assertEquals(1, management.createTimerJobQuery().processInstanceId(id).count(), "its timer waits again");
        assertEquals("case.refused.notSuspended", assertThrows(OperationsRefused.class,
                () -> cases.resume(directory.actor(admin), number, "again")).messageKey());
        taskActions.complete(directory.actor(staff), held.getId(), "done");
        assertEquals(0, runtime.createProcessInstanceQuery().processInstanceId(id).count(), "the case went on to its end");
        assertEquals(List.of("CASE_SUSPENDED " + admin + " waiting for the customer's lawyer",
                "CASE_RESUMED " + admin + " the lawyer answered"), audit.linesAbout(number));
    }

    @Test
    void aCancelledCaseAndItsComplaintEndTogetherOrNotAtAll() {
        String admin = people.member("HR", Role.ADMIN);
        String service = PlatformFixture.unique("CS");
        people.department(service, null);
        String agent = people.member(service, Role.CUSTOMER_SERVICE);
        long customer = people.customer(Tier.B, "取消测试有限公司");
        Complaint complaint = complaints.register(agent, customer);
        String number = complaint.getNumber();
        String id = complaint.getProcessInstanceId();
        Task triage = tasks.createTaskQuery().processInstanceId(id).singleResult();
        taskActions.claim(directory.actor(agent), triage.getId());

        // The record's ending fails after writing: neither the complaint nor the case has moved.
        refusingEnding.arm(id);
        assertThrows(RuntimeException.class, () -> cases.cancel(directory.actor(admin), number, "registered twice"));
        assertEquals(ComplaintStatus.TRIAGE, complaintsNow.find(complaint.getId()).getStatus(), "the complaint's write undone");
        assertEquals(1, runtime.createProcessInstanceQuery().processInstanceId(id).count(), "the case runs on");
        assertEquals(List.of(), audit.linesAbout(number));

        cases.cancel(directory.actor(admin), number, "registered twice");
        Complaint ended = complaintsNow.find(complaint.getId());
        assertEquals(ComplaintStatus.CANCELLED, ended.getStatus());
        assertNotNull(ended.getClosedAt());
        assertEquals(0, runtime.createProcessInstanceQuery().processInstanceId(id).count());
        assertEquals(0, tasks.createTaskQuery().processInstanceId(id).count());
        assertEquals(0, management.createTimerJobQuery().processInstanceId(id).count(), "its SLA timers are gone");
        assertEquals("registered twice",
                history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getDeleteReason());
        CaseOverview.Overview overview = overviews.of(directory.actor(admin), number, Object::toString).orElseThrow();
        assertEquals(CaseOverview.CaseState.CANCELLED, overview.state());
        assertEquals("registered twice", overview.endReason());
        assertTrue(notices.unread(agent).stream().anyMatch(n -> n.getMessageKey().equals("case.notice.cancelled")
                && n.getArguments().get(0).equals(number)), "the agent holding triage is told");
        assertEquals(List.of("CASE_CANCELLED " + admin + " registered twice"), audit.linesAbout(number));
        assertEquals("case.refused.notRunning", assertThrows(OperationsRefused.class,
                () -> cases.cancel(directory.actor(admin), number, "again")).messageKey());
        assertEquals("case.refused.notRunning", assertThrows(OperationsRefused.class,
                () -> cases.suspend(directory.actor(admin), "NO-SUCH-CASE", "why")).messageKey());
    }

    @Test
    void aCancelledHandoffEndsWithTheReason() {
        String admin = people.member("HR", Role.ADMIN);
        String sales = PlatformFixture.unique("SL");
        String support = PlatformFixture.unique("TS");
        people.department(sales, null);
        people.department(support, null);
        String head = people.member(support, Role.DEPT_HEAD);
        people.appointHead(support, head);
        String rep = people.member(sales);
        var form = new accord.handoff.control.RequestForm();
        form.setTargetDepartment(support);
        form.setKind(accord.handoff.entity.HandoffKind.TECHNICAL_PROPOSAL);
        form.setSubject("A proposal asked for twice");
        form.setDetails("The same request as another one.");
        form.setAcceptanceCriteria("Covers line 2");
        form.setNeededBy(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(10));
        var handoff = handoffs.request(directory.actor(rep), form, List.of());

        cases.cancel(directory.actor(admin), handoff.getNumber(), "asked twice: the other handoff goes on");
        var ended = handoffsNow.find(handoff.getId());
        assertEquals(accord.handoff.entity.HandoffStatus.CANCELLED, ended.getStatus());
        assertEquals("asked twice: the other handoff goes on", ended.getEndReason());
        assertNotNull(ended.getEndedAt());
        assertEquals(0, runtime.createProcessInstanceQuery().processInstanceId(handoff.getProcessInstanceId()).count());
    }

    @Test
    void administratorsReassignAStepToAnyoneActiveOrEverythingOfAPersonWhoLeft() {
        String admin = people.member("HR", Role.ADMIN);
        String head = people.member("SALES");
        String leaver = people.member("SALES");
        String other = people.member("FINANCE");
        String gone = people.member("FINANCE");
        fixture.deactivateWithoutHandover(gone);
        String first = runningAtDone("OPS-A-" + System.nanoTime(), leaver);
        String second = runningAtDone("OPS-B-" + System.nanoTime(), leaver);
        String third = runningAtDone("OPS-C-" + System.nanoTime(), leaver);
        String one = tasks.createTaskQuery().processInstanceId(first).singleResult().getId();
        for (String id : List.of(first, second, third)) {
            tasks.setAssignee(tasks.createTaskQuery().processInstanceId(id).singleResult().getId(), leaver);
        }

        assertEquals("operations.refused.notAdmin", assertThrows(OperationsRefused.class,
                () -> reassignment.reassign(directory.actor(head), one, other, "x")).messageKey());
        assertEquals("person", assertThrows(OperationsRefused.class,
                () -> reassignment.reassign(directory.actor(admin), one, gone, "x")).field(), "not to someone who left");
        assertEquals("person", assertThrows(OperationsRefused.class,
                () -> reassignment.reassign(directory.actor(admin), one, leaver, "x")).field(), "not to its holder");
        assertEquals(other, reassignment.reassign(directory.actor(admin), one, other, "finance knows this customer"));
        assertEquals(other, tasks.createTaskQuery().taskId(one).singleResult().getAssignee(), "any department, for ADMIN");

        // The person leaves through the directory's sync: their work waits on nobody who can act.
        fixture.deactivateWithoutHandover(leaver);
        cases.suspend(directory.actor(admin), runtime.createProcessInstanceQuery().processInstanceId(third).singleResult()
                .getBusinessKey(), "on hold for the audit");
        LeaversWithWork.Leaver found = leavers.of(directory.actor(admin)).stream().filter(l -> l.login().equals(leaver))
                .findFirst().orElseThrow();
        assertEquals(2, found.pieces());
        assertThrows(OperationsRefused.class, () -> leavers.of(directory.actor(head)));

        WorkReassignment.Moved moved = reassignment.reassignAll(directory.actor(admin), leaver, head, "left on Friday");
        assertEquals(new WorkReassignment.Moved(1, 1), moved, "the case on hold keeps its step");
        assertEquals(head, tasks.createTaskQuery().processInstanceId(second).singleResult().getAssignee());
        assertEquals(leaver, tasks.createTaskQuery().processInstanceId(third).singleResult().getAssignee());
        assertEquals(1, leavers.of(directory.actor(admin)).stream().filter(l -> l.login().equals(leaver)).count(),
                "still shown while the step on hold waits on them");
        assertEquals(List.of("TASK_REASSIGNED " + admin + " " + head + " took over 1 of their tasks; 1 on hold stay: left on Friday"),
                audit.linesAbout(leaver));
        assertTrue(audit.linesAbout(runtime.createProcessInstanceQuery().processInstanceId(first).singleResult().getBusinessKey())
                .get(0).endsWith(leaver + " → " + other + ": finance knows this customer"));
    }

    /** A case of the failing-step workflow that passed its work and waits at its task "done". */
    private String runningAtDone(String number, String starter) {
        String id = workflow.start(number, starter, false);
        Eventually.until(() -> tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey("done").count() == 1);
        return id;
    }
}

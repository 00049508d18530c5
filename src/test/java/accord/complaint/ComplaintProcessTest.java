package accord.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.complaint.control.ComplaintProcess;
import accord.testing.InMemoryEngine;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.runtime.Execution;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every path of workflows/complaint-handling.bpmn20.xml on an in-memory engine, timers by a moved clock. */
class ComplaintProcessTest {

    private static final long HOUR = 3_600_000L;
    private static final String AGENT = "ma.lin";
    private static final String HEAD = "guo.qiang";

    /** Stands in for ComplaintEvents: records the breaches the process reports. */
    public static class Events {
        final List<Object> breached = new java.util.ArrayList<>();

        public void breached(org.flowable.engine.delegate.DelegateExecution execution) {
            execution.setVariable("breached", true);
            breached.add(execution.getVariable("complaintId"));
        }
    }

    private final Events events = new Events();
    private final ProcessEngine engine = InMemoryEngine.start(Map.of("complaintEvents", events));
    private final RuntimeService runtime = engine.getRuntimeService();
    private final TaskService tasks = engine.getTaskService();
    private final ManagementService management = engine.getManagementService();
    private final HistoryService history = engine.getHistoryService();
    private Date now;
    private String complaint;

    @BeforeEach
    void start() {
        engine.getRepositoryService().createDeployment()
                .addClasspathResource("workflows/complaint-handling.bpmn20.xml").deploy();
        now = new Date();
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(now);
        Instant start = now.toInstant();
        Map<String, Object> variables = new ComplaintProcess.Start(1L, AGENT, 75, start.plusMillis(2 * HOUR),
                start.plusMillis(10 * HOUR), start.plusMillis(8 * HOUR)).variables();
        complaint = runtime.startProcessInstanceByKey(ComplaintProcess.KEY, "CMP-2026-000001", variables).getId();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private Task only(String taskKey) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(complaint).taskDefinitionKey(taskKey).list();
        assertEquals(1, open.size(), "one open " + taskKey + " task, open: " + openKeys());
        return open.get(0);
    }

    private List<String> openKeys() {
        return tasks.createTaskQuery().processInstanceId(complaint).list().stream().map(Task::getTaskDefinitionKey).toList();
    }

    private void triageTo(String department) {
        tasks.complete(only("triage").getId(), Map.of("resolvedAtFirstContact", false, "department", department,
                "departmentHead", HEAD));
    }

    private void resolve(String outcome) {
        tasks.complete(only("resolve").getId(), Map.of("resolveOutcome", outcome));
    }

    private void callBack(boolean accepted) {
        tasks.complete(only("callBack").getId(), Map.of("accepted", accepted));
    }

    private boolean ended() {
        return runtime.createProcessInstanceQuery().processInstanceId(complaint).count() == 0;
    }

    private String endedAt() {
        return history.createHistoricActivityInstanceQuery().processInstanceId(complaint).activityType("endEvent")
                .orderByHistoricActivityInstanceEndTime().desc().list().stream()
                .map(HistoricActivityInstance::getActivityId).findFirst().orElse(null);
    }

    private void moveClockTo(long hoursFromStart) {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(new Date(now.getTime() + hoursFromStart * HOUR));
        for (Job due : management.createTimerJobQuery().processInstanceId(complaint).executable().list()) {
            management.executeJob(management.moveTimerToExecutableJob(due.getId()).getId());
        }
    }

    private Object variable(String name) {
        return runtime.getVariable(complaint, name);
    }

    @Test
    void happyPathTriageResolveCallBackClose() {
        Task triage = only("triage");
        assertEquals(1, tasks.createTaskQuery().taskId(triage.getId()).taskCandidateGroup("CUSTOMER_SERVICE").count());
        assertEquals(new Date(now.getTime() + 2 * HOUR), triage.getDueDate(), "due by the response deadline");
        triageTo("TECH_SUPPORT");

        Task resolve = only("resolve");
        assertNull(resolve.getAssignee());
        assertEquals(1, tasks.createTaskQuery().taskId(resolve.getId()).taskCandidateGroup("TECH_SUPPORT").count());
        assertEquals(new Date(now.getTime() + 10 * HOUR), resolve.getDueDate());
        resolve("resolved");

        assertEquals(AGENT, only("callBack").getAssignee(), "the agent who registered it calls back");
        callBack(true);

        assertTrue(ended());
        assertEquals("closed", endedAt());
    }

    @Test
    void resolvedAtFirstContactGoesStraightToTheCallBack() {
        tasks.complete(only("triage").getId(), Map.of("resolvedAtFirstContact", true));
        callBack(true);
        assertTrue(ended());
        assertEquals(0, history.createHistoricTaskInstanceQuery().processInstanceId(complaint)
                .taskDefinitionKey("resolve").count(), "no department involved");
    }

    @Test
    void theDepartmentAsksCustomerServiceAndGetsTheCaseBack() {
        triageTo("TECH_SUPPORT");
        resolve("askInfo");

        Task question = only("provideInfo");
        assertEquals(AGENT, question.getAssignee());
        tasks.complete(question.getId());

        assertEquals(1, tasks.createTaskQuery().taskId(only("resolve").getId()).taskCandidateGroup("TECH_SUPPORT").count());
    }

    @Test
    void aTransferOffersTheCaseToTheOtherDepartment() {
        triageTo("TECH_SUPPORT");
        tasks.complete(only("resolve").getId(), Map.of("resolveOutcome", "transfer", "department", "LOGISTICS"));

        Task resolve = only("resolve");
        assertEquals(1, tasks.createTaskQuery().taskId(resolve.getId()).taskCandidateGroup("LOGISTICS").count());
        assertEquals(0, tasks.createTaskQuery().taskId(resolve.getId()).taskCandidateGroup("TECH_SUPPORT").count());
    }

    @Test
    void reopenedTwiceThenAcceptedCloses() {
        triageTo("TECH_SUPPORT");
        for (int reopening = 1; reopening <= 2; reopening++) {
            resolve("resolved");
            callBack(false);
            assertEquals(reopening, ((Number) variable("reopenCount")).intValue());
            assertNull(only("resolve").getAssignee(), "back to the department, not yet to its head");
        }
        resolve("resolved");
        callBack(true);
        assertTrue(ended());
    }

    @Test
    void theThirdReopeningGoesToTheDepartmentsHead() {
        triageTo("TECH_SUPPORT");
        for (int reopening = 1; reopening <= 3; reopening++) {
            resolve("resolved");
            callBack(false);
        }
        assertEquals(3, ((Number) variable("reopenCount")).intValue());
        assertEquals(HEAD, only("resolve").getAssignee());
    }

    @Test
    void at80PercentTheAssigneeIsWarnedAndAtTheDeadlineTheHeadGetsAnEscalation() {
        triageTo("TECH_SUPPORT");
        moveClockTo(7);
        assertEquals(false, variable("slaWarned"));

        moveClockTo(9);
        assertEquals(true, variable("slaWarned"));
        assertEquals(false, variable("breached"));

        moveClockTo(11);
        assertEquals(true, variable("breached"));
        assertEquals(List.of(1L), events.breached, "the complaint is told");
        assertEquals(HEAD, only("handleBreach").getAssignee());
        only("resolve"); // the resolve task stays open

        // Back from a question after the deadline: the timers come again, but nothing is flagged twice.
        resolve("askInfo");
        tasks.complete(only("provideInfo").getId());
        moveClockTo(12);
        only("handleBreach");

        resolve("resolved");
        callBack(true);
        assertTrue(ended(), "closing ends the escalation too");
    }

    @ParameterizedTest
    @ValueSource(strings = {"triage", "resolve", "provideInfo", "callBack"})
    void theCustomerMayWithdrawAtAnyStep(String step) {
        if (!step.equals("triage")) {
            triageTo("TECH_SUPPORT");
        }
        if (step.equals("provideInfo")) {
            resolve("askInfo");
        }
        if (step.equals("callBack")) {
            resolve("resolved");
        }
        only(step);

        Execution waiting = runtime.createExecutionQuery().processInstanceId(complaint)
                .messageEventSubscriptionName("complaintWithdrawn").singleResult();
        runtime.messageEventReceived("complaintWithdrawn", waiting.getId());

        assertTrue(ended());
        assertEquals("withdrawn", endedAt());
    }
}

package accord.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.deputy.control.Absences;
import accord.deputy.control.DeputyRouting;
import accord.deputy.entity.Absence;
import accord.handoff.control.HandoffProcess;
import accord.testing.InMemoryEngine;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path of workflows/cross-department-handoff.bpmn20.xml on an in-memory engine, timers by a moved clock. */
class HandoffProcessTest {

    private static final long HOUR = 3_600_000L;
    private static final String REP = "zhang.wei";
    private static final String HEAD = "guo.qiang";
    private static final String ENGINEER = "he.peng";
    private static final String DIRECTOR = "zhou.jianguo";
    private static final String DEPUTY = "he.peng";

    /** Stands in for HandoffEvents: what the process tells the portal. */
    public static class Events {
        final List<Object> breached = new ArrayList<>();

        public void approvalEscalated(DelegateExecution execution) {
            execution.setVariable("approver", execution.getVariable("escalateTo"));
            execution.setVariable("escalated", true);
        }

        public void breached(DelegateExecution execution) {
            execution.setVariable("breached", true);
            breached.add(execution.getVariable("handoffId"));
        }
    }

    /** Stands in for the absence table: who is away today. */
    static class Away extends Absences {
        final Map<String, String> deputies = new HashMap<>();

        @Override
        public java.time.LocalDate today() {
            return java.time.LocalDate.now();
        }

        @Override
        public Optional<Absence> current(String login) {
            return Optional.ofNullable(deputies.get(login)).map(deputy -> new Absence(login, deputy, today(), today()));
        }
    }

    private final Events events = new Events();
    private final Away away = new Away();
    private final ProcessEngine engine = InMemoryEngine.start(Map.of("handoffEvents", events),
            Map.of(DeputyRouting.EVENT, List.of(DeputyRouting.over(away))));
    private final RuntimeService runtime = engine.getRuntimeService();
    private final TaskService tasks = engine.getTaskService();
    private final ManagementService management = engine.getManagementService();
    private final HistoryService history = engine.getHistoryService();
    private Date now;
    private String handoff;

    @BeforeEach
    void deploy() {
        engine.getRepositoryService().createDeployment()
                .addClasspathResource("workflows/cross-department-handoff.bpmn20.xml").deploy();
        now = new Date();
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(now);
    }

    private void start() {
        Map<String, Object> variables = new HandoffProcess.Start(1L, REP, "TECH_SUPPORT", HEAD, DIRECTOR, 50,
                Map.of("remindAt", at(4), "approveDue", at(8))).variables();
        handoff = runtime.startProcessInstanceByKey(HandoffProcess.KEY, "HND-2026-000001", variables).getId();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private Date at(long hoursFromStart) {
        return new Date(now.getTime() + hoursFromStart * HOUR);
    }

    private Task only(String taskKey) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(handoff).taskDefinitionKey(taskKey).list();
        assertEquals(1, open.size(), "one open " + taskKey + " task, open: " + openKeys());
        return open.get(0);
    }

    private List<String> openKeys() {
        return tasks.createTaskQuery().processInstanceId(handoff).list().stream().map(Task::getTaskDefinitionKey).toList();
    }

    private void approve(String outcome) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("approveOutcome", outcome);
        variables.put("assignee", ENGINEER);
        variables.put("deliverWarnAt", at(40));
        variables.put("deliverDue", at(50));
        tasks.complete(only("approve").getId(), variables);
    }

    private void deliver() {
        tasks.complete(only("deliver").getId(), Map.of("deliverOutcome", "delivered"));
    }

    private void accept(boolean accepted) {
        tasks.complete(only("accept").getId(), Map.of("accepted", accepted));
    }

    private boolean ended() {
        return runtime.createProcessInstanceQuery().processInstanceId(handoff).count() == 0;
    }

    private String endedAt() {
        return history.createHistoricActivityInstanceQuery().processInstanceId(handoff).activityType("endEvent")
                .orderByHistoricActivityInstanceEndTime().desc().list().stream()
                .map(HistoricActivityInstance::getActivityId).findFirst().orElse(null);
    }

    private void moveClockTo(long hoursFromStart) {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(at(hoursFromStart));
        for (Job due : management.createTimerJobQuery().processInstanceId(handoff).executable().list()) {
            management.executeJob(management.moveTimerToExecutableJob(due.getId()).getId());
        }
    }

    private Object variable(String name) {
        return runtime.getVariable(handoff, name);
    }

    @Test
    void approvedDeliveredAcceptedIsDone() {
        start();
        assertEquals(HEAD, only("approve").getAssignee());
        approve("approve");
        assertEquals(ENGINEER, only("deliver").getAssignee());
        deliver();
        assertEquals(REP, only("accept").getAssignee());
        accept(true);
        assertTrue(ended());
        assertEquals("done", endedAt());
    }

    @Test
    void aRejectedRequestEnds() {
        start();
        tasks.complete(only("approve").getId(), Map.of("approveOutcome", "reject"));
        assertTrue(ended());
        assertEquals("rejected", endedAt());
    }

    @Test
    void theHeadAsksAndTheRequesterAnswersBackToTheHead() {
        start();
        tasks.complete(only("approve").getId(), Map.of("approveOutcome", "askInfo"));
        assertEquals(REP, only("provideInfo").getAssignee());
        tasks.complete(only("provideInfo").getId(), Map.of("approveDue", at(20), "remindAt", at(16)));
        assertEquals(HEAD, only("approve").getAssignee());
        moveClockTo(10);
        only("approve"); // the new working day counts, not the first one
    }

    @Test
    void aLaterDateIsAcceptedOrWithdrawn() {
        start();
        approve("propose");
        assertEquals(REP, only("considerDate").getAssignee());
        tasks.complete(only("considerDate").getId(), Map.of("dateAccepted", true));
        assertEquals(ENGINEER, only("deliver").getAssignee());

        runtime.deleteProcessInstance(handoff, "next case");
        start();
        approve("propose");
        tasks.complete(only("considerDate").getId(), Map.of("dateAccepted", false));
        assertTrue(ended());
        assertEquals("withdrawn", endedAt());
    }

    @Test
    void handedBackTheHeadReassignsToSomeoneElse() {
        start();
        approve("approve");
        tasks.complete(only("deliver").getId(), Map.of("deliverOutcome", "handBack"));
        assertEquals(HEAD, only("reassign").getAssignee());
        tasks.complete(only("reassign").getId(), Map.of("assignee", HEAD));
        assertEquals(HEAD, only("deliver").getAssignee());
    }

    @Test
    void sentBackTwiceGoesBackToTheAssigneeAndTheThirdTimeToTheHead() {
        start();
        approve("approve");
        for (int time = 1; time <= 2; time++) {
            deliver();
            accept(false);
            assertEquals(ENGINEER, only("deliver").getAssignee(), "send-back " + time);
        }
        deliver();
        accept(false);
        assertEquals(3L, variable("sendBackCount"));
        assertEquals(HEAD, only("reassign").getAssignee());
        tasks.complete(only("reassign").getId(), Map.of("assignee", ENGINEER));
        deliver();
        accept(true);
        assertTrue(ended());
    }

    @Test
    void anUndecidedRequestIsRemindedThenGoesToTheDirector() {
        start();
        moveClockTo(5);
        assertEquals(true, variable("approvalReminded"));
        assertEquals(HEAD, only("approve").getAssignee());

        moveClockTo(9);
        assertEquals(DIRECTOR, only("approveEscalated").getAssignee());
        assertEquals(List.of("approveEscalated"), openKeys(), "the head's task is gone");

        // A question from the director comes back to the director, without another timer.
        tasks.complete(only("approveEscalated").getId(), Map.of("approveOutcome", "askInfo"));
        tasks.complete(only("provideInfo").getId());
        assertEquals(DIRECTOR, only("approveEscalated").getAssignee());
        tasks.complete(only("approveEscalated").getId(), Map.of("approveOutcome", "approve", "assignee", ENGINEER,
                "deliverWarnAt", at(40), "deliverDue", at(50)));
        assertEquals(ENGINEER, only("deliver").getAssignee());
    }

    @Test
    void atEightyPercentTheAssigneeIsWarnedAndAtTheDateTheMissIsFlaggedOnce() {
        start();
        approve("approve");
        moveClockTo(39);
        assertEquals(false, variable("deliveryWarned"));
        moveClockTo(41);
        assertEquals(true, variable("deliveryWarned"));
        assertEquals(false, variable("breached"));
        moveClockTo(51);
        assertEquals(true, variable("breached"));
        assertEquals(List.of(1L), events.breached);
        only("deliver"); // the work stays with the assignee

        // Sent back after the date: the timers come again, but nothing is flagged twice.
        deliver();
        accept(false);
        moveClockTo(52);
        assertEquals(List.of(1L), events.breached);
        only("deliver");
    }

    @Test
    void theHeadsDeputyGetsTheDecisionOnlyWhileTheHeadIsAway() {
        start();
        Task before = only("approve");
        assertEquals(HEAD, before.getAssignee(), "before the absence");
        assertNull(tasks.getVariableLocal(before.getId(), DeputyRouting.ON_BEHALF_OF));
        runtime.deleteProcessInstance(handoff, "next case");

        away.deputies.put(HEAD, DEPUTY);
        start();
        Task during = only("approve");
        assertEquals(DEPUTY, during.getAssignee(), "during the absence");
        assertEquals(HEAD, tasks.getVariableLocal(during.getId(), DeputyRouting.ON_BEHALF_OF));
        runtime.deleteProcessInstance(handoff, "next case");

        away.deputies.clear();
        start();
        assertEquals(HEAD, only("approve").getAssignee(), "after the absence");
    }
}

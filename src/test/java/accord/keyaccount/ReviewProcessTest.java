package accord.keyaccount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.keyaccount.control.ReviewProcess;
import accord.testing.InMemoryEngine;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path of workflows/key-account-review.bpmn20.xml on an in-memory engine, timers by a moved clock. */
class ReviewProcessTest {

    private static final long DAY = 24 * 3_600_000L;
    private static final String MANAGER = "wang.fang";
    private static final String SALES_MANAGER = "li.ming";

    private final ProcessEngine engine = InMemoryEngine.start();
    private final RuntimeService runtime = engine.getRuntimeService();
    private final TaskService tasks = engine.getTaskService();
    private final ManagementService management = engine.getManagementService();
    private Date now;
    private String review;

    @BeforeEach
    void start() {
        engine.getRepositoryService().createDeployment()
                .addClasspathResource("workflows/key-account-review.bpmn20.xml").deploy();
        now = new Date();
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(now);
        Map<String, Object> variables = new ReviewProcess.Start(1L, MANAGER, SALES_MANAGER, now.toInstant()).variables();
        assertEquals(at(ReviewProcess.OVERDUE_DAYS), variables.get("overdueAt"));
        review = runtime.startProcessInstanceByKey(ReviewProcess.KEY, "KAR-2026-000001", variables).getId();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private Date at(long days) {
        return new Date(now.getTime() + days * DAY);
    }

    private Task only(String key) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(review).taskDefinitionKey(key).list();
        assertEquals(1, open.size(), "one open " + key + ", open: "
                + tasks.createTaskQuery().processInstanceId(review).list().stream().map(Task::getTaskDefinitionKey).toList());
        return open.get(0);
    }

    private void moveClockTo(long days) {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(at(days));
        for (Job due : management.createTimerJobQuery().processInstanceId(review).executable().list()) {
            management.executeJob(management.moveTimerToExecutableJob(due.getId()).getId());
        }
    }

    private boolean ended() {
        return runtime.createProcessInstanceQuery().processInstanceId(review).count() == 0;
    }

    private void toTheMeeting(long meetingDay) {
        tasks.complete(only("prepare").getId());
        tasks.complete(only("managerReview").getId(), Map.of("reviewApproved", true));
        tasks.complete(only("schedule").getId(), Map.of("meetingAt", at(meetingDay)));
    }

    @Test
    void preparedApprovedMetAndTheTierKeptEndsIt() {
        assertEquals(MANAGER, only("prepare").getAssignee());
        toTheMeeting(10);
        assertEquals(0, tasks.createTaskQuery().processInstanceId(review).count(), "nothing to do before the meeting");
        moveClockTo(11);
        assertEquals(MANAGER, only("recordOutcome").getAssignee());
        tasks.complete(only("recordOutcome").getId(), Map.of("tierChange", false));
        assertTrue(ended());
    }

    @Test
    void theSalesManagerSendsThePreparationBack() {
        tasks.complete(only("prepare").getId());
        assertEquals(SALES_MANAGER, only("managerReview").getAssignee());
        tasks.complete(only("managerReview").getId(), Map.of("reviewApproved", false));
        tasks.complete(only("prepare").getId());
        tasks.complete(only("managerReview").getId(), Map.of("reviewApproved", true));
        only("schedule");
    }

    @Test
    void aTierChangeGoesToTheSalesDirector() {
        toTheMeeting(5);
        moveClockTo(6);
        tasks.complete(only("recordOutcome").getId(), Map.of("tierChange", true));
        Task approval = only("approveTier");
        assertEquals(1, tasks.createTaskQuery().taskId(approval.getId()).taskCandidateGroup("SALES_DIRECTOR").count());
        tasks.complete(approval.getId());
        assertTrue(ended());
    }

    @Test
    void thirtyDaysAfterTheStartTheSalesManagerFollowsUpAndTheEndClosesIt() {
        moveClockTo(29);
        assertEquals(List.of("prepare"), tasks.createTaskQuery().processInstanceId(review).list().stream()
                .map(Task::getTaskDefinitionKey).toList());
        moveClockTo(31);
        assertEquals(SALES_MANAGER, only("followUp").getAssignee());
        only("prepare"); // the review itself goes on
        toTheMeeting(32);
        moveClockTo(33);
        tasks.complete(only("recordOutcome").getId(), Map.of("tierChange", false));
        assertTrue(ended(), "the end closes the follow-up too");
    }
}

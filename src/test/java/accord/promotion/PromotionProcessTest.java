package accord.promotion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.deputy.control.Absences;
import accord.deputy.control.DeputyRouting;
import accord.deputy.entity.Absence;
import accord.promotion.control.PromotionProcess;
import accord.testing.InMemoryEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of workflows/promotion-approval.bpmn20.xml on an in-memory engine: HR's three answers
 * and the loop, the head skipped or deciding, the director where the chain asks, a rejection at
 * each step, the effective-date timer under a moved clock, and four eyes against deputy routing.
 */
class PromotionProcessTest {

    private static final long DAY = 24 * 3_600_000L;
    private static final String NOMINATOR = "li.ming";
    private static final String NOMINEE = "wang.fang";
    private static final String HEAD = "zhou.jianguo";

    /** The process's own service calls, counted. */
    public static class Events {
        final List<String> calls = new ArrayList<>();

        public void checkEligibility(DelegateExecution execution) {
            calls.add("eligibility");
        }

        public void applyGrade(DelegateExecution execution) {
            calls.add("grade");
        }

        public void rejected(DelegateExecution execution) {
            calls.add("rejected");
        }
    }

    /** HR and directors by name, without the excluded ones, as the portal's PromotionPeople offers them. */
    public static class People {
        public List<String> hr(DelegateExecution execution) {
            return without(List.of("cao.li", "feng.qing", NOMINATOR), execution);
        }

        public List<String> directors(DelegateExecution execution) {
            return without(List.of("zhou.jianguo", NOMINATOR), execution);
        }

        private static List<String> without(List<String> people, DelegateExecution execution) {
            List<?> excluded = (List<?>) execution.getVariable(DeputyRouting.NOT_TO_DEPUTIES);
            return people.stream().filter(p -> !excluded.contains(p)).toList();
        }
    }

    private final Events events = new Events();
    private final Map<String, Absence> away = new HashMap<>();
    private ProcessEngine engine;
    private RuntimeService runtime;
    private TaskService tasks;
    private ManagementService management;
    private Date now;
    private String nomination;

    private void start(boolean headStep, boolean directorStep) {
        Absences absences = new Absences() {
            @Override
            public Optional<Absence> current(String login) {
                return Optional.ofNullable(away.get(login));
            }
        };
        engine = InMemoryEngine.start(Map.of("promotionEvents", events, "promotionPeople", new People()),
                Map.of(DeputyRouting.EVENT, List.of(DeputyRouting.over(absences))));
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        management = engine.getManagementService();
        engine.getRepositoryService().createDeployment()
                .addClasspathResource("workflows/promotion-approval.bpmn20.xml").deploy();
        now = new Date();
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(now);
        Map<String, Object> variables = new PromotionProcess.Start(1L, NOMINATOR, NOMINEE, headStep ? HEAD : null, directorStep)
                .variables();
        nomination = runtime.startProcessInstanceByKey(PromotionProcess.KEY, "PRM-2026-000001", variables).getId();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private Task only(String key) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(nomination).taskDefinitionKey(key).list();
        assertEquals(1, open.size(), "one open " + key + ", open: "
                + tasks.createTaskQuery().processInstanceId(nomination).list().stream().map(Task::getTaskDefinitionKey).toList());
        return open.get(0);
    }

    private void complete(String key, String variable, Object value) {
        tasks.complete(only(key).getId(), Map.of(variable, value));
    }

    private List<String> candidates(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> "candidate".equals(l.getType()))
                .map(l -> l.getUserId()).sorted().toList();
    }

    private boolean ended() {
        return runtime.createProcessInstanceQuery().processInstanceId(nomination).count() == 0;
    }

    private void effectiveIn(long days) {
        tasks.complete(only("setEffective").getId(), Map.of("effectiveAt", new Date(now.getTime() + days * DAY)));
    }

    private void moveClockTo(long days) {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(new Date(now.getTime() + days * DAY));
        for (Job due : management.createTimerJobQuery().processInstanceId(nomination).executable().list()) {
            management.executeJob(management.moveTimerToExecutableJob(due.getId()).getId());
        }
    }

    @Test
    void hrThenHeadThenTheGradeChangesOnTheEffectiveDay() {
        start(true, false);
        assertEquals(List.of("eligibility"), events.calls, "eligibility is checked before anyone reviews");
        Task review = only("hrReview");
        assertEquals(List.of("cao.li", "feng.qing"), candidates(review), "offered to HR by name, never to the nominator");
        assertEquals("confidential", review.getCategory());
        complete("hrReview", "hrDecision", "APPROVE");
        assertEquals(HEAD, only("headApproval").getAssignee());
        complete("headApproval", "headApproved", true);
        effectiveIn(10);
        moveClockTo(9);
        assertEquals(List.of("eligibility"), events.calls, "not before the day");
        moveClockTo(10);
        assertEquals(List.of("eligibility", "grade"), events.calls);
        assertTrue(ended());
    }

    @Test
    void hrAsksForMoreEvidenceAndTheNominationIsCheckedAgain() {
        start(true, false);
        complete("hrReview", "hrDecision", "RETURN");
        assertEquals(NOMINATOR, only("moreEvidence").getAssignee());
        tasks.complete(only("moreEvidence").getId());
        assertEquals(List.of("eligibility", "eligibility"), events.calls);
        only("hrReview");
    }

    @Test
    void aRejectionAtEachStepTellsTheNominatorAndEnds() {
        start(true, true);
        complete("hrReview", "hrDecision", "REJECT");
        assertEquals(List.of("eligibility", "rejected"), events.calls);
        assertTrue(ended());
        close();

        events.calls.clear();
        start(true, true);
        complete("hrReview", "hrDecision", "APPROVE");
        complete("headApproval", "headApproved", false);
        assertEquals(List.of("eligibility", "rejected"), events.calls);
        assertTrue(ended());
        close();

        events.calls.clear();
        start(true, true);
        complete("hrReview", "hrDecision", "APPROVE");
        complete("headApproval", "headApproved", true);
        assertEquals(List.of("zhou.jianguo"), candidates(only("directorApproval")));
        complete("directorApproval", "directorApproved", false);
        assertEquals(List.of("eligibility", "rejected"), events.calls);
        assertTrue(ended());
    }

    @Test
    void aSkippedHeadGoesStraightToTheDirectorWhoseApprovalLeadsToTheDate() {
        start(false, true);
        complete("hrReview", "hrDecision", "APPROVE");
        complete("directorApproval", "directorApproved", true);
        effectiveIn(0);
        moveClockTo(0);
        assertEquals(List.of("eligibility", "grade"), events.calls, "an effective day of today changes the grade at once");
        assertTrue(ended());
    }

    @Test
    void theHeadsDeputyGetsTheStepUnlessTheDeputyIsTheNominator() {
        away.put(HEAD, new Absence(HEAD, NOMINATOR, LocalDate.now(), LocalDate.now().plusDays(3)));
        start(true, false);
        complete("hrReview", "hrDecision", "APPROVE");
        assertEquals(HEAD, only("headApproval").getAssignee(), "four eyes: not to the nominator as deputy");
        close();

        away.put(HEAD, new Absence(HEAD, "zhao.lei", LocalDate.now(), LocalDate.now().plusDays(3)));
        events.calls.clear();
        start(true, false);
        complete("hrReview", "hrDecision", "APPROVE");
        assertEquals("zhao.lei", only("headApproval").getAssignee(), "another deputy stands in as usual");
    }
}

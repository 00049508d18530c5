package accord.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.audit.AuditFixture;
import accord.operations.control.CaseOverview;
import accord.operations.control.CaseOverview.CaseState;
import accord.operations.control.CaseSearch;
import accord.operations.control.EngineJobsView;
import accord.operations.control.JobActions;
import accord.operations.control.JobRow;
import accord.operations.control.OperationsRefused;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.PlatformFixture;
import accord.testing.Deployments;
import accord.testing.Eventually;
import accord.testing.shared.SharedDeployment;
import accord.workflow.boundary.EngineReadiness;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Failed jobs in the real container with its job executor: a step that fails on purpose is tried,
 * dies and waits for the administrator without holding up other cases; it is retried once its cause
 * is fixed, or cancelled with a reason; each action checked and in the audit trail.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    FailingStepFixture workflow;

    @Inject
    PlatformFixture people;

    @Inject
    AuditFixture audit;

    @Inject
    Directory directory;

    @Inject
    EngineJobsView view;

    @Inject
    JobActions actions;

    @Inject
    CaseOverview overviews;

    @Inject
    CaseSearch search;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    ManagementService management;

    @Inject
    @org.eclipse.microprofile.health.Readiness
    EngineReadiness readiness;

    @Test
    void aFailingStepDiesWithoutHoldingUpOthersAndIsRetriedOnceFixedOrCancelledWithAReason() {
        String admin = people.member("HR", Role.ADMIN);
        String staff = people.member("SALES");
        String toRetry = "OPS-R-" + System.nanoTime();
        String toCancel = "OPS-C-" + System.nanoTime();
        String fine = "OPS-F-" + System.nanoTime();
        String retried = workflow.start(toRetry, staff, true);
        String cancelled = workflow.start(toCancel, staff, true);
        String passed = workflow.start(fine, staff, false);

        // The executor tries each failing job twice, then it is dead; the case without the bug goes on meanwhile.
        // The second try waits a second as a timer: moved to now instead of waiting for the timer round.
        Eventually.until(() -> {
            for (String failing : List.of(retried, cancelled)) {
                for (org.flowable.job.api.Job retry : management.createTimerJobQuery().processInstanceId(failing).withException().list()) {
                    try {
                        management.moveTimerToExecutableJob(retry.getId());
                    } catch (RuntimeException takenMeanwhile) {
                        // The executor's timer round took it first: it runs anyway.
                    }
                }
            }
            return management.createDeadLetterJobQuery().processInstanceId(retried).count() == 1
                    && management.createDeadLetterJobQuery().processInstanceId(cancelled).count() == 1
                    && tasks.createTaskQuery().processInstanceId(passed).taskDefinitionKey("done").count() == 1;
        });
        assertEquals(1, management.createDeadLetterJobQuery().processInstanceId(cancelled).count(), "dead: " + view.ofCase(cancelled));
        assertEquals(1, management.createDeadLetterJobQuery().processInstanceId(retried).count(), "dead: " + view.ofCase(retried));
        assertEquals(1, tasks.createTaskQuery().processInstanceId(passed).taskDefinitionKey("done").count(), "not held up");
        JobRow dead = deadRowOf(toRetry);
        assertEquals(JobRow.State.DEAD, dead.state());
        assertEquals(retried, dead.caseId());
        assertEquals("Work that may fail", dead.step());
        assertEquals("Failed on purpose in " + toRetry, dead.error());
        assertEquals(0, dead.retriesLeft());
        assertTrue(view.deadCount() >= 2);
        Map<String, Object> health = readiness.call().getData().orElseThrow();
        assertTrue(((Number) health.get("deadJobs")).longValue() >= 2, "on /health: " + health);

        // Only ADMIN reads or acts; the stack trace is the engine's.
        assertThrows(OperationsRefused.class, () -> actions.retry(directory.actor(staff), dead.id()));
        assertThrows(OperationsRefused.class, () -> actions.stackTrace(directory.actor(staff), dead.id()));
        String trace = actions.stackTrace(directory.actor(admin), dead.id());
        assertTrue(trace.contains("IllegalStateException: Failed on purpose in " + toRetry) && trace.contains("FailingStepFixture.work"),
                trace);

        // The cause fixed, the retried job runs and the case goes on.
        runtime.setVariable(retried, "failOnPurpose", false);
        actions.retry(directory.actor(admin), dead.id());
        Eventually.until(() -> tasks.createTaskQuery().processInstanceId(retried).taskDefinitionKey("done").count() == 1);
        assertEquals(1, tasks.createTaskQuery().processInstanceId(retried).taskDefinitionKey("done").count(), "ran after the retry");
        OperationsRefused again = assertThrows(OperationsRefused.class, () -> actions.retry(directory.actor(admin), dead.id()));
        assertEquals("jobs.refused.gone", again.messageKey());

        // Cancelled only with a reason; the job is gone, the case stays at the step.
        JobRow other = deadRowOf(toCancel);
        OperationsRefused noReason = assertThrows(OperationsRefused.class, () -> actions.cancel(directory.actor(admin), other.id(), "  "));
        assertEquals("reason", noReason.field());
        assertEquals(1, management.createDeadLetterJobQuery().processInstanceId(cancelled).count(), "a refusal changes nothing");
        actions.cancel(directory.actor(admin), other.id(), " a duplicate of " + toRetry + " ");
        assertEquals(0, management.createDeadLetterJobQuery().processInstanceId(cancelled).count());
        assertEquals(1, runtime.createProcessInstanceQuery().processInstanceId(cancelled).count(), "the case stays");
        assertEquals(0, tasks.createTaskQuery().processInstanceId(cancelled).count(), "the step after the failed one never came");

        assertEquals(List.of("JOB_RETRIED " + admin + " Work that may fail · Failed on purpose in " + toRetry), audit.linesAbout(toRetry));
        assertEquals(List.of("JOB_CANCELLED " + admin + " Work that may fail · Failed on purpose in " + toCancel + ": a duplicate of "
                + toRetry), audit.linesAbout(toCancel));

        // The case's operations page: its state, variables and (none left) jobs.
        CaseOverview.Overview overview = accord.platform.control.Text.in(java.util.Locale.ENGLISH,
                () -> overviews.of(directory.actor(admin), toCancel, at -> at.toString()).orElseThrow());
        assertEquals(CaseOverview.CaseState.RUNNING, overview.state());
        assertTrue(overview.variables().stream().anyMatch(v -> v.name().equals("failOnPurpose") && v.value().equals("Yes")),
                overview.variables().toString());
        assertEquals(List.of(), view.ofCase(cancelled));
        assertThrows(OperationsRefused.class, () -> overviews.of(directory.actor(staff), toCancel, at -> at.toString()));
    }

    @Test
    void administratorsFindCasesByNumberWorkflowStepStatePersonDaysAndOverdue() {
        String admin = people.member("HR", Role.ADMIN);
        String staff = people.member("SALES");
        var actor = directory.actor(admin);
        String prefix = "OPS-S" + System.nanoTime() + "-";
        String first = workflow.start(prefix + "1", staff, false);
        String second = workflow.start(prefix + "2", staff, false);
        Eventually.until(() -> tasks.createTaskQuery().processInstanceIdIn(List.of(first, second)).taskDefinitionKey("done").count() == 2);

        List<CaseSearch.Row> both = search.page(actor, filter(prefix.toLowerCase(), null, null, null, null, false), 0, 10);
        assertEquals(List.of(prefix + "2", prefix + "1"), numbers(both), "newest first, the number as typed in any case");
        assertEquals(List.of("Look at the result"), both.get(0).waitingAt());
        assertEquals(CaseState.RUNNING, both.get(0).state());
        assertEquals("Failing step (test)", both.get(0).workflow());
        assertEquals(2, search.count(actor, filter(prefix, "itFailingStep", "done", null, null, false)));
        assertEquals(0, search.count(actor, filter(prefix, "itFailingStep", "work", null, null, false)), "none waits there");
        assertEquals(2, search.count(actor, new CaseSearch.Filter(prefix, null, null, null, staff, null, null, null, null, false)),
                "the person taking part");
        assertEquals(0, search.count(actor, new CaseSearch.Filter(prefix, null, null, null, null, null, null, null,
                java.time.Instant.now().minusSeconds(3600), false)), "started before an hour ago: none");

        assertEquals(0, search.count(actor, filter(prefix, null, null, null, null, true)));
        org.flowable.task.api.Task late = tasks.createTaskQuery().processInstanceId(second).singleResult();
        tasks.setDueDate(late.getId(), java.util.Date.from(java.time.Instant.now().minusSeconds(60)));
        assertEquals(List.of(prefix + "2"), numbers(search.page(actor, filter(prefix, null, null, null, null, true), 0, 10)), "overdue");

        tasks.complete(tasks.createTaskQuery().processInstanceId(first).singleResult().getId());
        runtime.suspendProcessInstanceById(second);
        assertEquals(List.of(prefix + "1"), numbers(search.page(actor, filter(prefix, null, null, CaseState.FINISHED, null, false), 0, 10)));
        assertEquals(List.of(prefix + "2"), numbers(search.page(actor, filter(prefix, null, null, CaseState.SUSPENDED, null, false), 0, 10)));
        assertEquals(List.of(), numbers(search.page(actor, filter(prefix, null, null, CaseState.RUNNING, null, false), 0, 10)));
        runtime.activateProcessInstanceById(second);
        runtime.deleteProcessInstance(second, "opened twice");
        assertEquals(List.of(prefix + "2"), numbers(search.page(actor, filter(prefix, null, null, CaseState.CANCELLED, null, false), 0, 10)));
        assertEquals(CaseState.CANCELLED, overviews.of(actor, prefix + "2", at -> at.toString()).orElseThrow().state());

        assertThrows(OperationsRefused.class, () -> search.count(directory.actor(staff), filter(prefix, null, null, null, null, false)));
    }

    @Test
    void anAdministratorMovesACasesTimerWithAReason() {
        String admin = people.member("HR", Role.ADMIN);
        String staff = people.member("SALES");
        String number = "OPS-T-" + System.nanoTime();
        String caseId = workflow.start(number, staff, false);
        Eventually.until(() -> view.ofCase(caseId).stream().anyMatch(job -> job.state() == JobRow.State.TIMER));
        JobRow timer = view.ofCase(caseId).stream().filter(job -> job.state() == JobRow.State.TIMER).findFirst().orElseThrow();
        assertEquals("A month without a look", timer.step());
        java.time.Instant agreed = java.time.Instant.now().plus(java.time.Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        assertThrows(OperationsRefused.class, () -> actions.moveTimer(directory.actor(staff), timer.id(), agreed, "sooner"));
        assertEquals("due", assertThrows(OperationsRefused.class,
                () -> actions.moveTimer(directory.actor(admin), timer.id(), null, "sooner")).field());
        assertEquals("reason", assertThrows(OperationsRefused.class,
                () -> actions.moveTimer(directory.actor(admin), timer.id(), agreed, " ")).field());
        assertEquals(timer.due(), view.ofCase(caseId).get(0).due(), "a refusal changes nothing");

        actions.moveTimer(directory.actor(admin), timer.id(), agreed, "the customer asked for a reminder sooner");
        List<JobRow> after = view.ofCase(caseId);
        assertEquals(1, after.size());
        assertEquals(agreed, after.get(0).due());
        assertEquals("case.timer.refused.gone", assertThrows(OperationsRefused.class,
                () -> actions.moveTimer(directory.actor(admin), timer.id(), agreed, "again")).messageKey(), "the timer it was is gone");
        assertEquals(List.of("TIMER_MOVED " + admin + " A month without a look: " + timer.due() + " → " + agreed
                + ": the customer asked for a reminder sooner"), audit.linesAbout(number));
    }

    private static CaseSearch.Filter filter(String number, String workflow, String step, CaseState state, String customer, boolean overdue) {
        return new CaseSearch.Filter(number, customer, workflow, step, null, null, state, null, null, overdue);
    }

    private static List<String> numbers(List<CaseSearch.Row> rows) {
        return rows.stream().map(CaseSearch.Row::number).toList();
    }

    private JobRow deadRowOf(String number) {
        JobRow row = view.dead(0, 1000).stream().filter(job -> number.equals(job.caseNumber())).findFirst().orElse(null);
        assertNotNull(row, "a dead job for " + number);
        return row;
    }
}

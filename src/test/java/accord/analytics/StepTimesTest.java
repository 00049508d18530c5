package accord.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.analytics.control.StepTimes;
import accord.analytics.control.StepTimes.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepTimesTest {

    private static final Instant T = Instant.parse("2026-11-02T01:00:00Z");

    private static Span span(String caseId, String step, int createdHour, Integer claimedHour, int endedHour) {
        return due(caseId, step, createdHour, claimedHour, endedHour, null);
    }

    private static Span due(String caseId, String step, int createdHour, Integer claimedHour, int endedHour, Integer dueHour) {
        return new Span(caseId, "complaintHandling", step, T.plusSeconds(3600L * createdHour),
                claimedHour == null ? null : T.plusSeconds(3600L * claimedHour), T.plusSeconds(3600L * endedHour),
                dueHour == null ? null : T.plusSeconds(3600L * dueHour));
    }

    @Test
    void medianAndNinetiethPercentileAreComputedAsPercentileContDoes() {
        // Four triage tasks of 1, 2, 4 and 10 hours: median between 2 and 4 = 3 h; p90 at rank 2.7 = 4 + 0.7 × 6 = 8.2 h.
        List<StepTimes.Step> steps = StepTimes.of(List.of(span("a", "triage", 0, null, 1), span("b", "triage", 0, null, 2),
                span("c", "triage", 0, null, 4), span("d", "triage", 0, null, 10)));
        assertEquals(1, steps.size());
        assertEquals(4, steps.get(0).finished());
        assertEquals(Optional.of(Duration.ofHours(3)), steps.get(0).median());
        assertEquals(Optional.of(Duration.ofMinutes(492)), steps.get(0).p90());
    }

    @Test
    void waitingCountsOnlyTasksClaimedFromATeamAndWorkingStartsAtTheClaim() {
        // b waited 3 h for someone and was worked 1 h; a was given to a person and worked 2 h.
        List<StepTimes.Step> steps = StepTimes.of(List.of(span("a", "resolve", 0, null, 2), span("b", "resolve", 0, 3, 4)));
        StepTimes.Step resolve = steps.get(0);
        assertEquals(1, resolve.claimed());
        assertEquals(Optional.of(Duration.ofHours(3)), resolve.medianWaiting());
        assertEquals(Optional.of(Duration.ofMinutes(90)), resolve.medianWorking(), "median of 2 h and 1 h");
    }

    @Test
    void aStepNobodyClaimedHasNoWaitingFigureNotZero() {
        StepTimes.Step step = StepTimes.of(List.of(span("a", "callBack", 0, null, 5))).get(0);
        assertTrue(step.medianWaiting().isEmpty());
        assertEquals(0, step.claimed());
    }

    @Test
    void aCaseThatDidAStepTwiceIsCountedOnceAsRedone() {
        List<StepTimes.Step> steps = StepTimes.of(List.of(span("a", "resolve", 0, null, 1), span("a", "resolve", 2, null, 3),
                span("a", "resolve", 4, null, 5), span("b", "resolve", 0, null, 1)));
        assertEquals(4, steps.get(0).finished());
        assertEquals(1, steps.get(0).casesRedone());
    }

    @Test
    void theBottleneckIsTheStepWithTheLongestMedianAndThereIsNoneWithoutData() {
        List<StepTimes.Step> steps = StepTimes.of(List.of(span("a", "triage", 0, null, 1), span("a", "resolve", 1, null, 30),
                span("a", "callBack", 30, null, 32)));
        assertEquals("resolve", StepTimes.bottleneck(steps, "complaintHandling").orElseThrow().step());
        assertTrue(StepTimes.bottleneck(steps, "crossDepartmentHandoff").isEmpty());
        assertTrue(StepTimes.of(List.of()).isEmpty());
    }

    @Test
    void aStepDoneAtItsDueMomentKeptItsSlaAndOneDoneAfterBreachedIt() {
        // a: due at 4, done at 4 (kept); b: due at 4, done at 5 (breached); c: done at 9 (kept, due at 10).
        StepTimes.Step triage = StepTimes.of(List.of(due("a", "triage", 0, null, 4, 4), due("b", "triage", 0, null, 5, 4),
                due("c", "triage", 0, null, 9, 10))).get(0);
        assertTrue(triage.hasSla());
        assertEquals(2, triage.slaKept());
        assertEquals(1, triage.slaBreached());
    }

    @Test
    void aStepWithoutADueDateHasNoSlaFiguresRatherThanAllKept() {
        StepTimes.Step callBack = StepTimes.of(List.of(span("a", "callBack", 0, null, 5))).get(0);
        assertTrue(!callBack.hasSla());
        assertEquals(0, callBack.slaKept() + callBack.slaBreached());
    }

    @Test
    void theCasesBehindAStepsFiguresAddUpToThem() {
        List<Span> spans = List.of(due("a", "resolve", 0, null, 1, 2), due("a", "resolve", 2, null, 6, 5),
                due("b", "resolve", 0, null, 3, 2), due("c", "resolve", 0, null, 2, 2), span("c", "callBack", 2, null, 4));
        StepTimes.Step resolve = StepTimes.of(spans).get(0);
        assertEquals(List.of("a", "c", "b"), StepTimes.cases(spans, "complaintHandling", "resolve", StepTimes.Cases.DONE),
                "each case once, in the order its first task ended");
        assertEquals(List.of("a"), StepTimes.cases(spans, "complaintHandling", "resolve", StepTimes.Cases.REDONE));
        assertEquals(resolve.casesRedone(), StepTimes.cases(spans, "complaintHandling", "resolve", StepTimes.Cases.REDONE).size());
        assertEquals(List.of("b", "a"), StepTimes.cases(spans, "complaintHandling", "resolve", StepTimes.Cases.BREACHED));
        assertEquals(resolve.slaBreached(), StepTimes.cases(spans, "complaintHandling", "resolve", StepTimes.Cases.BREACHED).size());
        assertTrue(StepTimes.cases(spans, "crossDepartmentHandoff", "resolve", StepTimes.Cases.DONE).isEmpty());
    }
}

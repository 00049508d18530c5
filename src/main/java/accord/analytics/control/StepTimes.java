package accord.analytics.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How long a workflow's steps took, from the engine's finished tasks: per step the tasks finished,
 * the median and 90th percentile of their time from creation to completion, of the time they
 * waited for a person (creation to claim, for the tasks someone claimed from a team) and of the
 * time worked (claim, or creation if given to a person directly, to completion), and how many
 * cases did the step more than once (sent back, handed back), and for steps with a due date (their
 * SLA) how many were done by it and how many after. Percentiles interpolate between ranks as SQL's
 * {@code percentile_cont} does. A figure without data is empty, never zero.
 */
public final class StepTimes {

    /** One finished task: its case, its workflow's key, its step's key, its three moments and its due date (or null). */
    public record Span(String caseId, String workflow, String step, Instant created, Instant claimed, Instant ended, Instant due) {

        boolean breached() {
            return due != null && ended.isAfter(due);
        }
    }

    /** A step's figures; {@code slaKept} and {@code slaBreached} are both 0 for a step without a due date. */
    public record Step(String workflow, String step, int finished, Optional<Duration> median, Optional<Duration> p90,
            Optional<Duration> medianWaiting, int claimed, Optional<Duration> medianWorking, int casesRedone, int slaKept,
            int slaBreached) {

        public boolean hasSla() {
            return slaKept + slaBreached > 0;
        }
    }

    /** Which cases of a step a figure counts. */
    public enum Cases {
        /** The cases that did the step. */
        DONE,
        /** The cases that did it more than once. */
        REDONE,
        /** The cases that did it after its due date. */
        BREACHED
    }

    private StepTimes() {
    }

    /** Each step's figures, in the order its first task finished. */
    public static List<Step> of(Collection<Span> spans) {
        Map<List<String>, List<Span>> bySteps = spans.stream().sorted(Comparator.comparing(Span::ended))
                .collect(Collectors.groupingBy(s -> List.of(s.workflow(), s.step()), LinkedHashMap::new, Collectors.toList()));
        List<Step> steps = new ArrayList<>();
        bySteps.forEach((key, done) -> {
            List<Span> claimed = done.stream().filter(s -> s.claimed() != null).toList();
            long withSla = done.stream().filter(s -> s.due() != null).count();
            long breached = done.stream().filter(Span::breached).count();
            steps.add(new Step(key.get(0), key.get(1), done.size(),
                    percentile(done, s -> between(s.created(), s.ended()), 0.5),
                    percentile(done, s -> between(s.created(), s.ended()), 0.9),
                    percentile(claimed, s -> between(s.created(), s.claimed()), 0.5), claimed.size(),
                    percentile(done, s -> between(s.claimed() == null ? s.created() : s.claimed(), s.ended()), 0.5),
                    redone(done).size(), (int) (withSla - breached), (int) breached));
        });
        return steps;
    }

    /** The cases behind a step's figure, each once, in the order their task ended. */
    public static List<String> cases(Collection<Span> spans, String workflow, String step, Cases which) {
        List<Span> done = spans.stream().filter(s -> s.workflow().equals(workflow) && s.step().equals(step))
                .sorted(Comparator.comparing(Span::ended)).toList();
        return switch (which) {
            case DONE -> done.stream().map(Span::caseId).distinct().toList();
            case REDONE -> redone(done);
            case BREACHED -> done.stream().filter(Span::breached).map(Span::caseId).distinct().toList();
        };
    }

    private static List<String> redone(List<Span> done) {
        Map<String, Long> times = done.stream().collect(Collectors.groupingBy(Span::caseId, LinkedHashMap::new, Collectors.counting()));
        return times.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    /** The step of a workflow whose tasks took longest at the median: where its cases wait. */
    public static Optional<Step> bottleneck(List<Step> steps, String workflow) {
        return steps.stream().filter(s -> s.workflow().equals(workflow) && s.median().isPresent())
                .max(Comparator.comparing(s -> s.median().get()));
    }

    /** The p-th percentile (0..1) of the spans' durations, interpolated between ranks; empty without spans. */
    public static <T> Optional<Duration> percentile(List<T> items, Function<T, Duration> duration, double p) {
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<Long> millis = items.stream().map(duration).map(Duration::toMillis).sorted().toList();
        double rank = p * (millis.size() - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        double value = millis.get(below) + (rank - below) * (millis.get(above) - millis.get(below));
        return Optional.of(Duration.ofMillis(Math.round(value)));
    }

    private static Duration between(Instant from, Instant to) {
        // A claim recorded after the end (a task completed by an administrator) counts as no wait.
        return to.isBefore(from) ? Duration.ZERO : Duration.between(from, to);
    }
}

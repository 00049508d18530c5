package accord.handoff.control;

import accord.calendar.control.WorkingTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

/**
 * The handoff's clocks, in working time: the head decides within one working day (a reminder
 * half way); the work is due at the end of the promised day, with a warning at 80 % of the
 * working time from approval to then. The process gets them as variables for its timers.
 */
public final class HandoffDeadlines {

    public static final Duration DECISION = Duration.ofHours(8);

    private HandoffDeadlines() {
    }

    /** When the head is reminded and when the decision goes up, counted from now. */
    public static Map<String, Object> decision(WorkingTime workingTime, Instant now) {
        return Map.of("remindAt", seconds(workingTime.plus(now, DECISION.dividedBy(2))),
                "approveDue", seconds(workingTime.plus(now, DECISION)));
    }

    /** The end of the promised day in the company's zone. */
    public static Instant deliveryDue(WorkingTime workingTime, LocalDate promisedBy) {
        return promisedBy.plusDays(1).atStartOfDay(workingTime.zone()).toInstant();
    }

    /** When the assignee is warned and when the date is missed, for work approved now. */
    public static Map<String, Object> delivery(WorkingTime workingTime, Instant now, LocalDate promisedBy) {
        Instant due = deliveryDue(workingTime, promisedBy);
        Duration working = workingTime.between(now, due);
        Instant warnAt = workingTime.plus(now, working.multipliedBy(8).dividedBy(10));
        return Map.of("deliverWarnAt", seconds(warnAt), "deliverDue", seconds(due));
    }

    /** To the second, as the engine's due dates are shown and compared. */
    private static Date seconds(Instant instant) {
        return Date.from(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}

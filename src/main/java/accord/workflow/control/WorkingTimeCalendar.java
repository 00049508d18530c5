package accord.workflow.control;

import accord.calendar.control.WorkingTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.Supplier;
import org.flowable.common.engine.impl.calendar.BusinessCalendar;
import org.flowable.common.engine.impl.runtime.ClockReader;

/**
 * The business calendar as the engine's: a BPMN timer with {@code flowable:businessCalendarName="workingTime"}
 * and a duration such as {@code PT16H} falls due after that much working time (office hours,
 * without holidays), counted from the engine's clock. A date instead of a duration is taken as is.
 */
public class WorkingTimeCalendar implements BusinessCalendar {

    public static final String NAME = "workingTime";

    private final Supplier<WorkingTime> workingTime;
    private final ClockReader clock;

    public WorkingTimeCalendar(Supplier<WorkingTime> workingTime, ClockReader clock) {
        this.workingTime = workingTime;
        this.clock = clock;
    }

    @Override
    public Date resolveDuedate(String description) {
        String text = description.strip();
        if (text.startsWith("P")) {
            Instant now = clock.getCurrentTime().toInstant();
            return Date.from(workingTime.get().plus(now, Duration.parse(text)));
        }
        return Date.from(Instant.parse(text));
    }

    @Override
    public Date resolveDuedate(String description, int maxIterations) {
        return resolveDuedate(description);
    }

    @Override
    public Boolean validateDuedate(String description, int maxIterations, Date endDate, Date newTimer) {
        return endDate == null || !newTimer.after(endDate);
    }

    @Override
    public Date resolveEndDate(String endDate) {
        return resolveDuedate(endDate);
    }
}

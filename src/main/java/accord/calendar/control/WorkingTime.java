package accord.calendar.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * Working time for deadlines: working periods on weekdays (by default 09:00–12:00 and
 * 13:00–18:00, Monday to Friday) in the company's time zone, without public holidays and with
 * the weekend days that are worked instead (调休). Immutable; the calendar is rebuilt when ADMIN
 * edits the holidays.
 */
public final class WorkingTime {

    /** One working period of a day, e.g. 09:00–12:00. */
    public record Period(LocalTime from, LocalTime to) {
        public Period {
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("a period ends after it starts: " + from + "–" + to);
            }
        }
    }

    public static final List<Period> OFFICE_HOURS = List.of(
            new Period(LocalTime.of(9, 0), LocalTime.of(12, 0)),
            new Period(LocalTime.of(13, 0), LocalTime.of(18, 0)));

    /** No deadline lies further than this many days ahead: a guard against a calendar with no working day. */
    private static final int MAX_DAYS = 3660;

    private final ZoneId zone;
    private final List<Period> periods;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workedWeekendDays;

    public WorkingTime(ZoneId zone, List<Period> periods, Set<LocalDate> holidays, Set<LocalDate> workedWeekendDays) {
        this.zone = zone;
        this.periods = List.copyOf(periods);
        this.holidays = Set.copyOf(holidays);
        this.workedWeekendDays = Set.copyOf(workedWeekendDays);
        if (this.periods.isEmpty()) {
            throw new IllegalArgumentException("a working day needs at least one period");
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        if (holidays.contains(day)) {
            return false;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend || workedWeekendDays.contains(day);
    }

    /** The instant at which {@code amount} of working time has passed since {@code start}. */
    public Instant plus(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("working time to add is negative: " + amount);
        }
        Duration left = amount;
        ZonedDateTime at = start.atZone(zone);
        LocalDate day = at.toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (Period period : periods) {
                ZonedDateTime from = max(day.atTime(period.from()).atZone(zone), at);
                ZonedDateTime to = day.atTime(period.to()).atZone(zone);
                if (!from.isBefore(to)) {
                    continue;
                }
                Duration available = Duration.between(from, to);
                if (left.compareTo(available) <= 0) {
                    return from.plus(left).toInstant();
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS + " days of " + start);
    }

    /** The working time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        ZonedDateTime start = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (Period period : periods) {
                ZonedDateTime a = max(day.atTime(period.from()).atZone(zone), start);
                ZonedDateTime b = min(day.atTime(period.to()).atZone(zone), end);
                if (a.isBefore(b)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
        }
        return total;
    }

    public ZoneId zone() {
        return zone;
    }

    private static ZonedDateTime max(ZonedDateTime a, ZonedDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static ZonedDateTime min(ZonedDateTime a, ZonedDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}

package accord.deputy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import accord.calendar.control.WorkingCalendar;
import accord.deputy.control.Absences;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * "Today" for absences is the company's day, not the server's: on a server in UTC at 17:30, it is
 * already the next day in Shanghai, and the out-of-office page (its earliest day) and the rule
 * (no absence starting before today) both use that day.
 */
class AbsencesTodayTest {

    @Test
    void todayIsTheBusinessDayAcrossMidnightOnAServerInUtc() throws Exception {
        Absences absences = new Absences();
        set(absences, "calendar", calendarIn("Asia/Shanghai"));
        set(absences, "clock", Clock.fixed(Instant.parse("2026-11-28T17:30:00Z"), ZoneOffset.UTC));
        assertEquals(LocalDate.of(2026, 11, 29), absences.today());

        set(absences, "clock", Clock.fixed(Instant.parse("2026-11-28T15:59:00Z"), ZoneOffset.UTC));
        assertEquals(LocalDate.of(2026, 11, 28), absences.today(), "a minute before midnight in Shanghai");
    }

    private static WorkingCalendar calendarIn(String zone) throws Exception {
        WorkingCalendar calendar = new WorkingCalendar();
        set(calendar, "zone", zone);
        return calendar;
    }

    private static void set(Object target, String name, Object value) throws Exception {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}

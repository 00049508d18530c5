package accord.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.calendar.control.WorkingTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingTimeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    // 2026-10-01..07 National Day holiday; Sunday 2026-09-27 and Saturday 2026-10-10 are worked instead.
    private static final Set<LocalDate> HOLIDAYS = Set.of(
            LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
            LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7));
    private static final Set<LocalDate> WORKED = Set.of(LocalDate.of(2026, 9, 27), LocalDate.of(2026, 10, 10));

    private final WorkingTime time = new WorkingTime(SHANGHAI, WorkingTime.OFFICE_HOURS, HOLIDAYS, WORKED);

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void hoursWithinOneMorning() {
        assertEquals(at("2026-11-23T11:00"), time.plus(at("2026-11-23T09:00"), Duration.ofHours(2)));
    }

    @Test
    void theLunchBreakAndTheNightDoNotCount() {
        assertEquals(at("2026-11-23T14:00"), time.plus(at("2026-11-23T11:00"), Duration.ofHours(2)));
        assertEquals(at("2026-11-24T10:00"), time.plus(at("2026-11-23T17:00"), Duration.ofHours(2)));
    }

    @Test
    void aComplaintAtNightStartsItsClockInTheMorning() {
        assertEquals(at("2026-11-24T11:00"), time.plus(at("2026-11-23T22:30"), Duration.ofHours(2)));
    }

    @Test
    void theWeekendIsSkipped() {
        // Friday 16:00 + 4 h: 2 h on Friday, 2 h on Monday.
        assertEquals(at("2026-11-30T11:00"), time.plus(at("2026-11-27T16:00"), Duration.ofHours(4)));
    }

    @Test
    void holidaysAreSkippedAndWorkedWeekendDaysCount() {
        assertFalse(time.isWorkingDay(LocalDate.of(2026, 10, 1)));
        assertTrue(time.isWorkingDay(LocalDate.of(2026, 10, 10)), "Saturday worked instead of a holiday");
        // Wednesday 30 Sept 17:00 + 3 h: 1 h that day, then nothing until Thursday 8 Oct.
        assertEquals(at("2026-10-08T11:00"), time.plus(at("2026-09-30T17:00"), Duration.ofHours(3)));
        assertEquals(at("2026-09-27T10:00"), time.plus(at("2026-09-26T12:00"), Duration.ofHours(1)),
                "Sunday 27 Sept is worked");
    }

    @Test
    void tenWorkingDaysAreEightyHours() {
        // Monday 23 Nov 09:00 + 80 h: the end of the tenth working day, Friday 4 Dec.
        assertEquals(at("2026-12-04T18:00"), time.plus(at("2026-11-23T09:00"), Duration.ofHours(80)));
    }

    @Test
    void workingTimeBetweenTwoInstantsIsTheInverse() {
        Instant start = at("2026-11-27T16:30");
        Instant end = time.plus(start, Duration.ofHours(13));
        assertEquals(Duration.ofHours(13), time.between(start, end));
        assertEquals(Duration.ZERO, time.between(at("2026-11-28T09:00"), at("2026-11-29T18:00")), "a weekend");
        assertEquals(Duration.ZERO, time.between(end, start));
    }

    @Test
    void aTimerOnTheBusinessCalendarFallsDueAfterWorkingHours() {
        org.flowable.engine.ProcessEngine engine = accord.testing.InMemoryEngine.start();
        try {
            var configuration = (org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            ((org.flowable.common.engine.impl.calendar.MapBusinessCalendarManager) configuration.getBusinessCalendarManager())
                    .addBusinessCalendar(accord.workflow.control.WorkingTimeCalendar.NAME,
                            new accord.workflow.control.WorkingTimeCalendar(() -> time, configuration.getClock()));
            configuration.getClock().setCurrentTime(java.util.Date.from(at("2026-11-27T17:00")));
            engine.getRepositoryService().createDeployment().addClasspathResource("it/working-time-timer.bpmn20.xml").deploy();

            String id = engine.getRuntimeService().startProcessInstanceByKey("itWorkingTimeTimer").getId();

            // Friday 17:00 + 2 working hours: one on Friday, one on Monday morning.
            assertEquals(at("2026-11-30T10:00"), engine.getManagementService().createTimerJobQuery().processInstanceId(id)
                    .singleResult().getDuedate().toInstant());
        } finally {
            engine.close();
        }
    }
}

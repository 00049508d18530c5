package accord.keyaccount;

import static org.junit.jupiter.api.Assertions.assertEquals;

import accord.keyaccount.control.YearlyRound;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When the yearly round is due, as the calendar moves on. */
class YearlyRoundTest {

    private static final MonthDay JAN_15 = MonthDay.of(1, 15);

    @Test
    void dueFromTheStartDayToTheEndOfTheYearAndNotBefore() {
        assertEquals(Optional.empty(), YearlyRound.dueYear(LocalDate.of(2026, 1, 14), JAN_15));
        assertEquals(Optional.of(2026), YearlyRound.dueYear(LocalDate.of(2026, 1, 15), JAN_15));
        assertEquals(Optional.of(2026), YearlyRound.dueYear(LocalDate.of(2026, 12, 31), JAN_15), "a late portal catches up");
        assertEquals(Optional.empty(), YearlyRound.dueYear(LocalDate.of(2027, 1, 1), JAN_15), "a new year waits for its day");
    }

    @Test
    void aLeapDayStartFallsOnTheLastDayOfFebruaryInOtherYears() {
        MonthDay leapDay = MonthDay.of(2, 29);
        assertEquals(Optional.of(2027), YearlyRound.dueYear(LocalDate.of(2027, 2, 28), leapDay));
        assertEquals(Optional.empty(), YearlyRound.dueYear(LocalDate.of(2028, 2, 28), leapDay));
        assertEquals(Optional.of(2028), YearlyRound.dueYear(LocalDate.of(2028, 2, 29), leapDay));
    }
}

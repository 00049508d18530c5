package accord.keyaccount.control;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * When the yearly round of key-account reviews is due: from its start day on, for the rest of the
 * year (a portal that was down on the day catches up). Which accounts still need one is the
 * database's business (ReviewStarts).
 */
public final class YearlyRound {

    private YearlyRound() {
    }

    /** The year whose round is due today, if any. A 29 February start falls on 28 February in other years. */
    public static Optional<Integer> dueYear(LocalDate today, MonthDay start) {
        LocalDate startThisYear = start.isValidYear(today.getYear()) ? start.atYear(today.getYear())
                : LocalDate.of(today.getYear(), start.getMonth(), 28);
        return today.isBefore(startThisYear) ? Optional.empty() : Optional.of(today.getYear());
    }
}

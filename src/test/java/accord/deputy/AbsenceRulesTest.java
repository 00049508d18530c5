package accord.deputy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.deputy.control.AbsenceRules;
import accord.deputy.entity.Absence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbsenceRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static String[] broken(String deputy, boolean active, LocalDate first, LocalDate last, List<Absence> mine,
            List<Absence> deputys, List<Absence> standingIn) {
        return AbsenceRules.check("ma.lin", deputy, active, first, last, TODAY, mine, deputys, standingIn).orElse(null);
    }

    private static String[] broken(LocalDate first, LocalDate last) {
        return broken("hu.yan", true, first, last, List.of(), List.of(), List.of());
    }

    @Test
    void aWeekFromTodayWithAnActiveColleagueIsAllowed() {
        assertNull(broken(TODAY, TODAY.plusDays(6)));
    }

    @Test
    void theDeputyIsSomeoneElseWhoIsActive() {
        assertArrayEquals(new String[] {"deputy", "absence.refused.deputy"},
                broken("ma.lin", true, TODAY, TODAY, List.of(), List.of(), List.of()));
        assertArrayEquals(new String[] {"deputy", "absence.refused.deputy"},
                broken("hu.yan", false, TODAY, TODAY, List.of(), List.of(), List.of()));
        assertArrayEquals(new String[] {"deputy", "absence.refused.deputy"},
                broken(null, false, TODAY, TODAY, List.of(), List.of(), List.of()));
    }

    @Test
    void theDaysAreInOrderFromTodayAndAtMostThreeMonths() {
        assertArrayEquals(new String[] {"lastDay", "absence.refused.order"}, broken(TODAY.plusDays(2), TODAY.plusDays(1)));
        assertArrayEquals(new String[] {"firstDay", "absence.refused.past"}, broken(TODAY.minusDays(1), TODAY.plusDays(1)));
        assertArrayEquals(new String[] {"lastDay", "absence.refused.tooLong"}, broken(TODAY, TODAY.plusDays(93)));
        assertNull(broken(TODAY, TODAY.plusDays(92)), "92 days is the limit");
    }

    @Test
    void noOverlapWithOwnAbsencesTheDeputysOrThoseOneStandsInFor() {
        Absence mine = new Absence("ma.lin", "xu.hui", TODAY.plusDays(5), TODAY.plusDays(9));
        assertArrayEquals(new String[] {"firstDay", "absence.refused.overlap"},
                broken("hu.yan", true, TODAY.plusDays(9), TODAY.plusDays(12), List.of(mine), List.of(), List.of()));
        assertNull(broken("hu.yan", true, TODAY.plusDays(10), TODAY.plusDays(12), List.of(mine), List.of(), List.of()),
                "the day after is free");

        Absence deputys = new Absence("hu.yan", "xu.hui", TODAY, TODAY);
        assertArrayEquals(new String[] {"deputy", "absence.refused.deputyAway"},
                broken("hu.yan", true, TODAY, TODAY.plusDays(3), List.of(), List.of(deputys), List.of()));

        Absence standIn = new Absence("he.peng", "ma.lin", TODAY.plusDays(2), TODAY.plusDays(4));
        assertArrayEquals(new String[] {"firstDay", "absence.refused.standingIn"},
                broken("hu.yan", true, TODAY, TODAY.plusDays(3), List.of(), List.of(), List.of(standIn)));
    }

    @Test
    void anAbsenceCoversItsDaysUntilItEnds() {
        Absence absence = new Absence("ma.lin", "hu.yan", TODAY, TODAY.plusDays(2));
        assertTrue(absence.covers(TODAY.plusDays(2)));
        absence.end(TODAY.atStartOfDay());
        assertFalse(absence.covers(TODAY.plusDays(1)), "ended early");
    }
}

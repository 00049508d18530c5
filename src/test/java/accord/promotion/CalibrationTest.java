package accord.promotion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import accord.organisation.entity.Department;
import accord.organisation.entity.Employee;
import accord.promotion.control.Calibration;
import accord.promotion.entity.Nomination;
import accord.promotion.entity.NominationStatus;
import accord.promotion.entity.Readiness;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The calibration summary and each fairness flag, on nominations made here. */
class CalibrationTest {

    private final Department east = new Department("EAST", "华东", "East", null);
    private final Department north = new Department("NORTH", "华北", "North", null);

    private Nomination nomination(String number, String nominee, Department department, String nominator, Integer quartile,
            NominationStatus outcome) {
        Nomination n = new Nomination(number, new Employee(nominee, nominee, null, department, "-"), nominator,
                new Nomination.Step("SALES_REP", "SENIOR_SALES_REP", 1),
                new Nomination.Assessment(Readiness.NOW, false, "s", "w", "f", null),
                new Nomination.Chain("head", false, "HEAD_DECIDES", null), null, Instant.now());
        n.freeze("quartile=" + (quartile == null ? "" : quartile) + "\n", "-");
        switch (outcome) {
            case PROMOTED -> {
                n.effectiveOn(LocalDate.now());
                n.promoted(Instant.now());
            }
            case REJECTED -> n.rejected("hrReview", "no", Instant.now());
            default -> n.movedTo(outcome);
        }
        return n;
    }

    @Test
    void countsQuartilesTheRateAndEveryFlag() {
        List<Nomination> nominations = List.of(
                nomination("P1", "rep.a", east, "li.ming", 1, NominationStatus.PROMOTED),
                nomination("P2", "rep.b", east, "li.ming", 3, NominationStatus.PROMOTED),
                nomination("P3", "rep.c", north, "zhao.lei", 2, NominationStatus.REJECTED),
                nomination("P4", "rep.d", north, "zhao.lei", null, NominationStatus.REJECTED),
                nomination("P5", "rep.e", north, "sun.li", 1, NominationStatus.HR_REVIEW));
        Map<String, Integer> teams = Map.of("li.ming", 3, "zhao.lei", 6, "sun.li", 6);
        Calibration.Summary summary = Calibration.of(nominations, grade -> grade, department -> department,
                n -> teams.get(n.getNominator()));

        assertEquals(Map.of("SENIOR_SALES_REP", 5L), summary.byGrade());
        assertEquals(Map.of("EAST", 2L, "NORTH", 3L), summary.byDepartment());
        assertArrayEquals(new long[] {2, 1, 1, 0, 1}, summary.quartiles());
        assertEquals(0.5, summary.approvalRate(), 1e-9, "2 promoted, 2 rejected; the open one is not decided");
        assertEquals(List.of("BOTTOM_HALF P2 rep.b Q3", "DEPARTMENT_RATE EAST 100 % / 50 %", "DEPARTMENT_RATE NORTH 0 % / 50 %",
                "MOST_OF_TEAM li.ming · EAST 2/3"),
                summary.flags().stream().map(f -> f.kind() + " " + f.subject() + " " + f.figure()).sorted().toList());
    }
}

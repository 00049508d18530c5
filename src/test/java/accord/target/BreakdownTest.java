package accord.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.target.control.Breakdown;
import accord.target.control.TargetValues;
import accord.target.entity.TargetMeasure;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BreakdownTest {

    private static Breakdown of(String whole, String... parts) {
        return Breakdown.of(whole == null ? null : new BigDecimal(whole), Arrays.stream(parts).map(p -> p == null ? null : new BigDecimal(p)).toList());
    }

    @Test
    void partsThatAddUpAreExact() {
        Breakdown b = of("1000000", "600000", "400000");
        assertTrue(b.exact() && b.withinTolerance());
        assertEquals(0, b.unassigned().signum());
    }

    @Test
    void twoPercentOfTheWholeMayStayUnassignedAndOneFenMoreMayNot() {
        // 2 % of 1,000,000 is 20,000.
        assertTrue(of("1000000", "980000").withinTolerance());
        Breakdown beyond = of("1000000", "979999.99");
        assertFalse(beyond.withinTolerance());
        assertEquals(new BigDecimal("20000.01"), beyond.unassigned());
    }

    @Test
    void assigningMoreThanTheWholeCountsAgainstTheToleranceToo() {
        Breakdown over = of("100", "60", "45");
        assertEquals(new BigDecimal("-5"), over.unassigned());
        assertFalse(over.withinTolerance(), "5 over 100 is beyond 2");
        assertTrue(of("100", "60", "42").withinTolerance());
    }

    @Test
    void partsNotSetCountAsNothingAndWithoutAWholeThereIsNothingToAddUpTo() {
        Breakdown b = of("50", "20", null, "30");
        assertTrue(b.exact());
        Breakdown none = of(null, "20");
        assertFalse(none.hasWhole());
        assertTrue(none.withinTolerance(), "no reason asked for a gap that cannot be measured");
        assertNull(none.unassigned());
        assertEquals(0, Breakdown.of(BigDecimal.ZERO, List.of()).unassigned().signum());
    }

    @Test
    void aValueMustFitItsMeasure() {
        assertEquals(Optional.empty(), TargetValues.problem(TargetMeasure.SALES_AMOUNT, new BigDecimal("1234.50")));
        assertEquals(Optional.of("target.refused.decimals"), TargetValues.problem(TargetMeasure.SALES_AMOUNT, new BigDecimal("1.005")));
        assertEquals(Optional.of("target.refused.whole"), TargetValues.problem(TargetMeasure.VISITS, new BigDecimal("3.5")));
        assertEquals(Optional.empty(), TargetValues.problem(TargetMeasure.VISITS, new BigDecimal("30.00")));
        assertEquals(Optional.of("target.refused.percent"),
                TargetValues.problem(TargetMeasure.KEY_ACCOUNT_RETENTION, new BigDecimal("100.1")));
        assertEquals(Optional.of("target.refused.negative"), TargetValues.problem(TargetMeasure.NEW_CUSTOMERS, new BigDecimal("-1")));
        assertEquals(Optional.of("target.refused.tooLarge"), TargetValues.problem(TargetMeasure.SALES_AMOUNT, new BigDecimal("1E15")));
        assertEquals(Optional.empty(), TargetValues.problem(TargetMeasure.SALES_AMOUNT, null), "not set is allowed");
    }
}

package accord.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import accord.measure.control.Figure;
import accord.measure.control.MeasureFormulas;
import accord.measure.control.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each measure's formula on small hand-computed figures, its "no data" cases, and periods across a year's turn. */
class MeasureFormulasTest {

    private static void is(double expected, Figure figure) {
        assertEquals(expected, figure.value(), 1e-9);
    }

    private static void missing(String key, Figure figure) {
        assertFalse(figure.known());
        assertEquals("measure.missing." + key, figure.missing());
    }

    @Test
    void attainmentAndGrowth() {
        is(90, MeasureFormulas.attainment(new BigDecimal("450000"), new BigDecimal("500000")));
        missing("target", MeasureFormulas.attainment(new BigDecimal("1"), null));
        missing("target", MeasureFormulas.attainment(new BigDecimal("1"), BigDecimal.ZERO));
        missing("sales", MeasureFormulas.attainment(null, new BigDecimal("1")));
        is(25, MeasureFormulas.growth(new BigDecimal("125"), new BigDecimal("100")));
        is(-40, MeasureFormulas.growth(new BigDecimal("60"), new BigDecimal("100")));
        missing("salesYearBefore", MeasureFormulas.growth(new BigDecimal("60"), null));
        is(-100, MeasureFormulas.growth(BigDecimal.ZERO, new BigDecimal("100")));
    }

    @Test
    void penetrationConversionAndTheKeyAccounts() {
        is(30, MeasureFormulas.penetration(true, 3, 10));
        missing("sales", MeasureFormulas.penetration(false, 0, 10));
        missing("customers", MeasureFormulas.penetration(true, 0, 0));
        is(25, MeasureFormulas.conversion(true, 1, 3));
        missing("prospects", MeasureFormulas.conversion(true, 0, 0));
        is(87.5, MeasureFormulas.retention(8, 7));
        is(12.5, MeasureFormulas.churn(8, 7));
        missing("keyAccounts", MeasureFormulas.retention(0, 0));
        is(0.75, MeasureFormulas.complaintsPerKeyAccount(3, 4));
        missing("keyAccounts", MeasureFormulas.complaintsPerKeyAccount(3, 0));
    }

    @Test
    void ordersVisitsSatisfactionAndComplaints() {
        is(5, MeasureFormulas.cancellation(2L, 40L));
        missing("orders", MeasureFormulas.cancellation(null, null));
        missing("orders", MeasureFormulas.cancellation(0L, 0L));
        is(12500, MeasureFormulas.salesPerVisit(new BigDecimal("100000"), 8));
        missing("visits", MeasureFormulas.salesPerVisit(new BigDecimal("100000"), 0));
        is(0.5, MeasureFormulas.visitsPerDay(true, 11, 22));
        is(0, MeasureFormulas.visitsPerDay(true, 0, 22));
        missing("visitsRecorded", MeasureFormulas.visitsPerDay(false, 0, 22));
        is(80, MeasureFormulas.satisfaction(4, 5));
        missing("answers", MeasureFormulas.satisfaction(0, 0));
        is(2.0 / 3 * 100, MeasureFormulas.resolvedInTime(2, 3));
        missing("closed", MeasureFormulas.resolvedInTime(0, 0));
    }

    @Test
    void aPeriodBeforeJanuaryOrTheFirstQuarterIsInTheYearBefore() {
        assertEquals(Period.month(2025, 12), Period.month(2026, 1).previous());
        assertEquals(Period.quarter(2025, 4), Period.quarter(2026, 1).previous());
        assertEquals(Period.quarter(2025, 1), Period.quarter(2026, 1).lastYear());
        assertEquals(Period.year(2025), Period.year(2026).previous());
        assertEquals(Period.quarter(2026, 4), Period.of(Period.Kind.QUARTER, LocalDate.of(2026, 12, 31)));
        assertEquals(LocalDate.of(2027, 1, 1), Period.quarter(2026, 4).endDay());
        assertEquals(List.of(), Period.month(2026, 5).wholeQuarters(), "sales are kept by quarter");
        assertEquals(List.of(1, 2, 3, 4), Period.year(2026).wholeQuarters());
        assertEquals(23, Period.month(2026, 12).workingDays(), "December 2026 has 23 days from Monday to Friday");
        assertEquals(java.util.Optional.of(Period.quarter(2026, 3)), Period.parse("2026-Q3"));
        assertEquals(java.util.Optional.of(Period.month(2026, 11)), Period.parse(Period.month(2026, 11).code()));
        assertEquals(java.util.Optional.empty(), Period.parse("2026-13"));
    }
}

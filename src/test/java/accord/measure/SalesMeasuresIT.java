package accord.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.audit.AuditFixture;
import accord.customer.entity.Tier;
import accord.measure.boundary.SalesMeasures;
import accord.measure.control.Figure;
import accord.measure.control.Period;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.PlatformFixture;
import accord.platform.control.Refused;
import accord.testing.Deployments;
import accord.testing.shared.SharedDeployment;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sales measures from stored records in the real container: a rep's quarter computed by hand
 * (attainment, growth, penetration, sales per visit, visits per day, retention), what is missing
 * said as such, and who may see whose: a rep only their own, a manager their team and its members.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class SalesMeasuresIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    PlatformFixture fixture;

    @Inject
    MeasureFixture measures;

    @Inject
    SalesMeasures salesMeasures;

    @Inject
    Directory directory;

    @Inject
    AuditFixture audit;

    @Test
    void aRepsQuarterComputedByHandAndSeenOnlyByWhoMay() {
        String sales = PlatformFixture.unique("SL");
        fixture.department(sales, null);
        String manager = fixture.member(sales, Role.SALES_MANAGER);
        String rep = fixture.member(sales);
        String otherRep = fixture.member(sales);
        fixture.reportTo(rep, manager);
        int year = LocalDate.now(SHANGHAI).getYear() - 1;
        long key = fixture.customer(Tier.A, "指标测试甲", rep);
        long regular = fixture.customer(Tier.B, "指标测试乙", rep);
        fixture.customer(Tier.C, "指标测试丙", rep);
        fixture.figure(key, year, 2, "100000", "90000");
        fixture.figure(regular, year, 2, "50000", "60000");
        fixture.figure(key, year - 1, 2, "100000", "100000");
        for (int day = 0; day < 4; day++) {
            measures.visit(rep, day % 2 == 0 ? key : regular, LocalDate.of(year, 4, 6 + day));
        }
        Period q2 = Period.quarter(year, 2);

        SalesMeasures.Table table = salesMeasures.table(directory.actor(rep), "me", q2, SHANGHAI);
        assertEquals(100.0, now(table, "attainment").value(), 1e-9, "150,000 sold of 150,000");
        assertEquals(50.0, now(table, "growth").value(), 1e-9, "150,000 against 100,000 a year earlier");
        assertEquals(200.0 / 3, now(table, "penetration").value(), 1e-9, "two of three customers bought");
        assertEquals(100.0, now(table, "conversion").value(), 1e-9, "乙 bought for the first time; no prospect left");
        assertEquals(37_500.0, now(table, "salesPerVisit").value(), 1e-9, "150,000 over four visits");
        assertEquals(4.0 / q2.workingDays(), now(table, "visitsExisting").value(), 1e-9);
        assertEquals(0.0, now(table, "visitsProspects").value(), 1e-9, "visits are recorded, none to prospects");
        assertEquals(100.0, now(table, "retention").value(), 1e-9, "the one key account kept");
        assertEquals("measure.missing.orders", now(table, "cancellation").missing(), "no orders reported: said, not 0 %");
        assertEquals("measure.missing.answers", now(table, "satisfaction").missing());
        Figure previous = row(table, "attainment").previous();
        assertEquals("measure.missing.sales", previous.missing(), "nothing reported for Q1");
        assertEquals("measure.missing.sales",
                salesMeasures.table(directory.actor(rep), "me", Period.month(year, 5), SHANGHAI).rows().get(0).now().missing(),
                "a month has no sales figures of its own");

        // Who sees whose: the manager their team and its member; another rep not this one's, on the record.
        assertTrue(salesMeasures.choices(directory.actor(manager)).stream().anyMatch(c -> c.code().equals("rep:" + rep)));
        assertEquals(100.0, now(salesMeasures.table(directory.actor(manager), "team:" + manager, q2, SHANGHAI), "attainment").value(),
                1e-9, "the team's only sales are the rep's");
        assertFalse(salesMeasures.choices(directory.actor(otherRep)).stream().anyMatch(c -> c.code().contains(rep)));
        assertThrows(Refused.class, () -> salesMeasures.table(directory.actor(otherRep), "rep:" + rep, q2, SHANGHAI));
        assertThrows(Refused.class, () -> salesMeasures.table(directory.actor(otherRep), "company", q2, SHANGHAI));
        assertTrue(audit.refusalReasons(otherRep).contains("measure.refused.notYours"));
    }

    @Test
    void aQuarterCorrectedAfterItEndedShowsTheCorrectionAtOnce() {
        String sales = PlatformFixture.unique("SL");
        fixture.department(sales, null);
        String rep = fixture.member(sales);
        int year = LocalDate.now(SHANGHAI).getYear() - 1;
        long key = fixture.customer(Tier.A, "指标更正甲", rep);
        fixture.figure(key, year, 3, "100000", "50000");
        measures.visit(rep, key, LocalDate.of(year, 7, 6));
        Period q3 = Period.quarter(year, 3);
        assertEquals(50.0, now(salesMeasures.table(directory.actor(rep), "me", q3, SHANGHAI), "attainment").value(), 1e-9);
        assertEquals(50.0, now(salesMeasures.table(directory.actor(rep), "me", q3, SHANGHAI), "attainment").value(), 1e-9,
                "read again while nothing changed");

        // The quarter has long ended, and its figures are kept between page loads; a correction and a visit entered late show.
        fixture.figure(key, year, 3, "100000", "80000");
        measures.visit(rep, key, LocalDate.of(year, 7, 7));
        SalesMeasures.Table corrected = salesMeasures.table(directory.actor(rep), "me", q3, SHANGHAI);
        assertEquals(80.0, now(corrected, "attainment").value(), 1e-9, "the corrected figure, not the kept one");
        assertEquals(40_000.0, now(corrected, "salesPerVisit").value(), 1e-9, "80,000 over the two visits");
        measures.lose(key, q3.end(SHANGHAI).minusSeconds(3600), "转向竞争对手");
        assertEquals(0.0, now(salesMeasures.table(directory.actor(rep), "me", q3, SHANGHAI), "retention").value(), 1e-9,
                "a tier change entered late for the quarter");
    }

    private static SalesMeasures.Row row(SalesMeasures.Table table, String key) {
        return table.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private static Figure now(SalesMeasures.Table table, String key) {
        return row(table, key).now();
    }
}

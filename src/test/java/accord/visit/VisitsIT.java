package accord.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.audit.AuditFixture;
import accord.customer.entity.Tier;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.PlatformFixture;
import accord.testing.Deployments;
import accord.testing.shared.SharedDeployment;
import accord.visit.boundary.Visits;
import accord.visit.control.VisitRefused;
import accord.visit.entity.Visit;
import accord.visit.entity.VisitPurpose;
import accord.visit.entity.VisitStatus;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Visits in the real container: one recorded (and not twice from the same form), one planned and
 * reported, the days each may take in the rep's own time zone, and who sees whose visits.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class VisitsIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    PlatformFixture fixture;

    @Inject
    Visits visits;

    @Inject
    Directory directory;

    @Inject
    AuditFixture audit;

    @Test
    void aVisitRecordedOnceAVisitPlannedThenReportedAndEachSeenByWhoMay() {
        String sales = PlatformFixture.unique("SL");
        fixture.department(sales, null);
        String manager = fixture.member(sales, Role.SALES_MANAGER);
        String rep = fixture.member(sales);
        String otherRep = fixture.member(sales);
        fixture.reportTo(rep, manager);
        long customer = fixture.customer(Tier.B, "拜访测试客户", rep);
        LocalDate today = LocalDate.now(SHANGHAI);

        String form = UUID.randomUUID().toString();
        Visits.Input done = new Visits.Input(customer, today, VisitPurpose.NEEDS, "  客户需要新报价 ", "", form);
        Visit recorded = visits.record(directory.actor(rep), done, SHANGHAI);
        assertEquals(VisitStatus.DONE, recorded.status());
        assertEquals("客户需要新报价", recorded.result());
        assertEquals(null, recorded.nextStep(), "an empty next step is none");
        assertTrue(!recorded.prospect(), "an existing customer");
        assertEquals(recorded.id(), visits.record(directory.actor(rep), done, SHANGHAI).id(), "the same form sent twice: one visit");
        assertEquals(1, visits.of(directory.actor(rep), rep, today, today).size());

        assertEquals("date", assertThrows(VisitRefused.class, () -> visits.record(directory.actor(rep),
                new Visits.Input(customer, today.plusDays(1), VisitPurpose.NEEDS, "x", null, UUID.randomUUID().toString()), SHANGHAI))
                .field(), "a visit to come is planned, not recorded");
        assertEquals("visit.refused.tooOld", assertThrows(VisitRefused.class, () -> visits.record(directory.actor(rep),
                new Visits.Input(customer, today.minusDays(61), VisitPurpose.NEEDS, "x", null, UUID.randomUUID().toString()), SHANGHAI))
                .messageKey());
        assertEquals("result", assertThrows(VisitRefused.class, () -> visits.record(directory.actor(rep),
                new Visits.Input(customer, today, VisitPurpose.NEEDS, "  ", null, UUID.randomUUID().toString()), SHANGHAI)).field());
        assertEquals("customer", assertThrows(VisitRefused.class, () -> visits.record(directory.actor(rep),
                new Visits.Input(null, today, VisitPurpose.NEEDS, "x", null, UUID.randomUUID().toString()), SHANGHAI)).field());

        // Planned for tomorrow: not reportable as done before its day, missed any time; reported once.
        Visit planned = visits.plan(directory.actor(rep), new Visits.Input(customer, today.plusDays(1), VisitPurpose.PRESENTATION, null,
                null, UUID.randomUUID().toString()), SHANGHAI);
        assertEquals("visit.refused.planPast", assertThrows(VisitRefused.class, () -> visits.plan(directory.actor(rep),
                new Visits.Input(customer, today.minusDays(1), VisitPurpose.NEEDS, null, null, UUID.randomUUID().toString()), SHANGHAI))
                .messageKey());
        long version = planned.version();
        assertEquals("visit.refused.notYet", assertThrows(VisitRefused.class,
                () -> visits.report(directory.actor(rep), planned.id(), version, "见到了", null, SHANGHAI)).messageKey());
        assertEquals("visit.refused.notYours", assertThrows(VisitRefused.class,
                () -> visits.miss(directory.actor(otherRep), planned.id(), version, "不是我的")).messageKey());
        visits.miss(directory.actor(rep), planned.id(), version, "客户临时出差");
        assertEquals("visit.refused.meanwhile", assertThrows(VisitRefused.class,
                () -> visits.miss(directory.actor(rep), planned.id(), version, "再报一次")).messageKey(), "reported once");
        assertEquals(VisitStatus.MISSED, visits.visible(directory.actor(rep), planned.id()).orElseThrow().status());

        // The manager sees their report's visits; another rep does not, and the attempt is on the record.
        List<Visit> seen = visits.of(directory.actor(manager), rep, today, today.plusDays(1));
        assertEquals(2, seen.size());
        assertTrue(visits.visible(directory.actor(otherRep), recorded.id()).isEmpty());
        assertThrows(VisitRefused.class, () -> visits.of(directory.actor(otherRep), rep, today, today));
        assertTrue(audit.refusalReasons(otherRep).contains("visit.refused.notYours"));
    }
}

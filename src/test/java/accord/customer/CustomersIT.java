package accord.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.customer.boundary.CustomerFiles;
import accord.customer.boundary.Customers;
import accord.customer.control.CustomerDirectory;
import accord.customer.control.CustomerRecord;
import accord.customer.entity.Customer;
import accord.customer.entity.ManagerChange;
import accord.customer.entity.Tier;
import accord.notice.control.Notices;
import accord.organisation.control.Directory;
import accord.platform.control.FieldRefused;
import accord.testing.Deployments;
import accord.testing.shared.SharedDeployment;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Customers kept in the portal: who adds and keeps them, the account manager's history, and a
 * prospect registered by customer service at a complaint's intake.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class CustomersIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    Customers customers;

    @Inject
    CustomerDirectory directoryOfCustomers;

    @Inject
    Directory directory;

    @Inject
    Notices notices;

    @Inject
    CustomerFiles files;

    @Inject
    accord.grading.control.Performance performance;

    @Inject
    accord.platform.PlatformFixture fixture;

    @Test
    void aSalesManagerAddsCustomersForTheirOwnTeamOnly() {
        Customer added = customers.add(directory.actor("li.ming"), new CustomerRecord("  苏州新客户有限公司 ", "制造", "苏州", "wang.fang", 2026));
        assertTrue(added.code().matches("C\\d{4,}"), added.code());
        Customer stored = directoryOfCustomers.byCode(added.code()).orElseThrow();
        assertEquals("苏州新客户有限公司", stored.name(), "kept as typed, less the spaces around it");
        assertEquals(Tier.C, stored.tier());
        assertEquals("wang.fang", stored.accountManager().login());
        List<ManagerChange> history = customers.managersOf(stored.id());
        assertEquals(1, history.size());
        assertEquals("wang.fang", history.get(0).to());

        assertRefused("customers.refused.notYourTeam", "accountManager",
                () -> customers.add(directory.actor("li.ming"), new CustomerRecord("北方客户", null, null, "sun.li", null)));
        assertRefused("customers.refused.accountManager", "accountManager",
                () -> customers.add(directory.actor("li.ming"), new CustomerRecord("无人负责", null, null, null, null)));
        assertRefused("customers.refused.notAllowed", null,
                () -> customers.add(directory.actor("wang.fang"), new CustomerRecord("代表自己加", null, null, "wang.fang", null)));
        assertRefused("customers.refused.name", "name",
                () -> customers.add(directory.actor("zhou.jianguo"), new CustomerRecord(" ", null, null, null, null)));
        assertRefused("customers.refused.notAllowed", null, () -> customers.edit(directory.actor("zhao.lei"), added.code(),
                new CustomerRecord("改名", null, null, "sun.li", null)));
    }

    @Test
    void theDirectorMovesAnAccountAndItsHistorySaysWhoManagedItWhen() {
        Customer added = customers.add(directory.actor("zhou.jianguo"), new CustomerRecord("北京总监客户", "软件", "北京", null, null));
        assertNull(added.accountManager(), "the director may leave it unassigned");
        customers.edit(directory.actor("zhou.jianguo"), added.code(), new CustomerRecord("北京总监客户", "软件", "北京", "sun.li", null));
        customers.edit(directory.actor("zhao.lei"), added.code(), new CustomerRecord("北京总监客户", "软件", "北京", "huang.tao", null));
        List<ManagerChange> history = customers.managersOf(added.id());
        assertEquals(List.of("huang.tao", "sun.li"), history.stream().map(ManagerChange::to).toList());
        assertEquals("sun.li", history.get(0).from());
        assertEquals("zhao.lei", history.get(0).changedBy());
    }

    @Test
    void customerServiceRegistersACallerAsAProspectAndSalesIsTold() {
        Customer prospect = customers.addProspect(directory.actor("hu.yan"), new Customers.Prospect("来电的新公司", "杭州"));
        assertTrue(prospect.isProspect());
        assertNull(prospect.accountManager());
        assertTrue(notices.unread("li.ming").stream().anyMatch(n -> n.getLink().contains(prospect.code())), "sales managers are told");
        assertTrue(notices.unread("zhou.jianguo").stream().anyMatch(n -> n.getLink().contains(prospect.code())), "and the director");
        assertRefused("customers.refused.notAllowed", null,
                () -> customers.addProspect(directory.actor("wang.fang"), new Customers.Prospect("不是客服", null)));

        customers.edit(directory.actor("li.ming"), prospect.code(), new CustomerRecord("来电的新公司", null, "杭州", "chen.jing", null));
        assertFalse(directoryOfCustomers.byCode(prospect.code()).orElseThrow().isProspect(), "looked after now: a customer");
    }

    @Test
    void customersGoOutAsAFileAndComeBackAllOrNothing() {
        var manager = directory.actor("li.ming");
        byte[] exported = files.export(manager, false);
        String text = new String(exported, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("wang.fang") && !text.contains("sun.li"), "only the customers of the manager's teams");
        CustomerFiles.Result again = files.importFile(manager, "customers.csv", exported);
        assertEquals(List.of(), again.problems());
        assertEquals(0, again.added(), "the export imports again as it is");

        String name = "导入新客户 " + System.nanoTime();
        CustomerFiles.Result added = files.importFile(manager, "new.csv",
                ("name,account_manager,region\n" + name + ",zhang.wei,无锡\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(1, added.added());
        CustomerFiles.Result refused = files.importFile(manager, "bad.csv",
                ("name,account_manager\n" + name + " 2,zhang.wei\n" + name + " 3,sun.li\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("3 account_manager"), refused.problems().stream().map(p -> p.line() + " " + p.column()).toList());
        assertTrue(directoryOfCustomers.matching(name + " 2", 5).isEmpty(), "a file with a problem imports nothing");
    }

    @Test
    void performanceCountsAnAccountForWhoeverManagedItInThatQuarter() {
        var wang = directory.employee("wang.fang").orElseThrow();
        var zhang = directory.employee("zhang.wei").orElseThrow();
        int year = java.time.Year.now().getValue();
        var past = new accord.grading.control.QuarterOfYear(year - 1, 2);
        var future = new accord.grading.control.QuarterOfYear(year + 1, 1);
        Customer moved = directoryOfCustomers.byId(fixture.customer(Tier.C, "换人客户 " + System.nanoTime(), "wang.fang")).orElseThrow();
        fixture.figure(moved.id(), past.year(), past.quarter(), "1000", "900");
        fixture.figure(moved.id(), future.year(), future.quarter(), "500", "400");
        BigDecimal wangPast = target(wang, past);
        BigDecimal zhangPast = target(zhang, past);
        BigDecimal wangFuture = target(wang, future);
        BigDecimal zhangFuture = target(zhang, future);

        customers.edit(directory.actor("li.ming"), moved.code(), new CustomerRecord(moved.name(), null, null, "zhang.wei", null));

        assertEquals(0, target(wang, past).compareTo(wangPast), "last year's quarter still counts for who managed it then");
        assertEquals(0, target(zhang, past).compareTo(zhangPast));
        assertEquals(0, target(wang, future).compareTo(wangFuture.subtract(new BigDecimal("500"))),
                "from the move on it counts for the new manager");
        assertEquals(0, target(zhang, future).compareTo(zhangFuture.add(new BigDecimal("500"))));
    }

    /** The quarter's target of the person's accounts; none is zero. */
    private BigDecimal target(accord.organisation.entity.Employee person, accord.grading.control.QuarterOfYear quarter) {
        BigDecimal target = performance.quarters(person, quarter, quarter).get(0).target();
        return target == null ? BigDecimal.ZERO : target;
    }

    private static void assertRefused(String key, String field, Executable action) {
        FieldRefused refused = assertThrows(FieldRefused.class, action);
        assertEquals(key, refused.messageKey());
        assertEquals(field, refused.field());
    }
}

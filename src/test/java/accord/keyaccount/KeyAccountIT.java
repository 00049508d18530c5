package accord.keyaccount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.customer.boundary.Contacts;
import accord.customer.control.AccountAccess;
import accord.customer.control.CustomerDirectory;
import accord.customer.control.CustomerRefused;
import accord.customer.entity.Customer;
import accord.customer.entity.SalesFigure;
import accord.customer.entity.Tier;
import accord.keyaccount.boundary.AccountFigures;
import accord.keyaccount.boundary.FigureImporter;
import accord.keyaccount.control.Dossier;
import accord.keyaccount.control.FiguresRefused;
import accord.keyaccount.control.SalesFigures;
import accord.keyaccount.control.TierRules;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.PlatformFixture;
import accord.testing.Deployments;
import accord.testing.shared.SharedDeployment;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sales figures and tiers in the real container: an import stores a good file, refuses a bad one
 * whole and changes nothing the second time; the account manager types figures; who may see,
 * type, import and re-tier is enforced on the server; the tier rules suggest from stored figures.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class KeyAccountIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    PlatformFixture fixture;

    @Inject
    FigureImporter importer;

    @Inject
    AccountFigures accountFigures;

    @Inject
    Contacts contacts;

    @Inject
    SalesFigures figures;

    @Inject
    TierRules rules;

    @Inject
    CustomerDirectory customers;

    @Inject
    Directory directory;

    @Inject
    accord.keyaccount.control.Retention retention;

    @Inject
    Dossier dossier;

    @PersistenceContext
    EntityManager em;

    private String team;
    private String salesManager;
    private String accountManager;
    private String colleague;
    private String director;
    private Customer account;
    private Customer otherTeamsAccount;

    @BeforeEach
    void sales() {
        team = PlatformFixture.unique("SE");
        String otherTeam = PlatformFixture.unique("SN");
        fixture.department(team, null);
        fixture.department(otherTeam, null);
        salesManager = fixture.member(team, Role.SALES_MANAGER, Role.DEPT_HEAD);
        fixture.appointHead(team, salesManager);
        accountManager = fixture.member(team);
        colleague = fixture.member(team);
        director = fixture.member(otherTeam, Role.SALES_DIRECTOR);
        String otherManager = fixture.member(otherTeam);
        account = customer(fixture.customer(Tier.B, "测试客户", accountManager));
        otherTeamsAccount = customer(fixture.customer(Tier.B, "别组客户", otherManager));
    }

    private Customer customer(long id) {
        return customers.byCode(em.find(Customer.class, id).code()).orElseThrow();
    }

    private Actor actor(String login) {
        return directory.actor(login);
    }

    private FigureImporter.Result importCsv(String login, String csv) {
        return importer.importFile(actor(login), "figures.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private List<SalesFigure> stored(Customer customer) {
        return figures.of(customer.id());
    }

    @Test
    void aGoodFileIsImportedOnceAndTheSameFileAgainChangesNothing() {
        String csv = "customer,year,quarter,target,actual\n"
                + account.code() + ",2025,1,1000000,950000\n"
                + account.code() + ",2025,2,1000000,1100000\n";

        FigureImporter.Result first = importCsv(salesManager, csv);
        FigureImporter.Result again = importCsv(salesManager, csv);

        assertTrue(first.imported(), String.valueOf(first.problems()));
        assertEquals(2, first.changed());
        assertTrue(again.imported());
        assertEquals(0, again.changed(), "importing the same file twice changes nothing");
        List<SalesFigure> quarters = stored(account);
        assertEquals(2, quarters.size());
        assertEquals(SalesFigure.Source.IMPORT, quarters.get(0).getSource());
        assertEquals(0, new BigDecimal("1100000").compareTo(quarters.get(1).getActual()));
    }

    @Test
    void orderCountsComeWithTheImportStayWithoutThemAndReachTheDossier() {
        int lastYear = Year.now().getValue() - 1;
        String withOrders = "customer,year,quarter,target,actual,orders,cancelled\n"
                + account.code() + "," + lastYear + ",1,100000,90000,40,2\n"
                + account.code() + "," + lastYear + ",2,100000,110000,60,3\n";
        assertEquals(2, importCsv(salesManager, withOrders).changed());
        assertEquals(0, importCsv(salesManager, withOrders).changed(), "the same file twice changes nothing");
        assertEquals(0, importCsv(salesManager, "customer,year,quarter,target,actual\n"
                + account.code() + "," + lastYear + ",1,100000,90000\n").changed(), "a file without order columns keeps them");
        assertEquals(40, stored(account).get(0).getOrders());

        Dossier.Facts facts = dossier.of(customer(account.id()), lastYear + 1, java.time.Instant.now());
        assertEquals(100, facts.orders());
        assertEquals(5, facts.cancelledOrders());
        assertEquals(0.05, facts.cancellation(), 1e-9);
        assertEquals(accord.keyaccount.control.Retention.Movement.NOT_KEY, facts.movement(), "a regular account all last year");
        assertEquals(0, new BigDecimal("200000").compareTo(facts.lastYearActual()));
    }

    @Test
    void aFileWithOneBadLineImportsNothingAndNamesTheLine() {
        FigureImporter.Result result = importCsv(salesManager, "customer,year,quarter,target,actual\n"
                + account.code() + ",2024,1,500,400\n"
                + otherTeamsAccount.code() + ",2024,1,500,400\n"
                + account.code() + ",2024,7,500,400\n");

        assertFalse(result.imported());
        assertEquals(List.of("3 customer figures.import.notYourCustomer", "4 quarter figures.import.quarter"),
                result.problems().stream().map(p -> p.line() + " " + p.column() + " " + p.messageKey()).toList());
        assertTrue(stored(account).isEmpty(), "not even the good line");
        assertTrue(importer.importFile(actor(salesManager), "figures.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8))
                .problems().stream().anyMatch(p -> p.messageKey().equals("figures.import.unreadable")));
    }

    @Test
    void onlyManagersImportOnlyTheAccountManagerTypesAndFiguresAreShownToTheRightPeople() {
        FiguresRefused notManager = assertThrows(FiguresRefused.class,
                () -> importCsv(accountManager, "customer,year,quarter,target,actual\n"));
        assertEquals("figures.refused.notManager", notManager.messageKey());
        assertTrue(importCsv(director, "customer,year,quarter,target,actual\n" + otherTeamsAccount.code() + ",2025,3,10,9\n")
                .imported(), "the sales director imports for every team");

        assertEquals("figures.refused.notAccountManager", assertThrows(FiguresRefused.class, () -> accountFigures.enter(
                actor(colleague), account.id(), 2025, List.of(new AccountFigures.Quarter(1, BigDecimal.TEN, null)))).messageKey());
        assertEquals(1, accountFigures.enter(actor(accountManager), account.id(), 2025,
                List.of(new AccountFigures.Quarter(1, new BigDecimal("800000"), null))));
        assertEquals(SalesFigure.Source.PORTAL, stored(account).get(0).getSource());

        // Contact people: recorded by the account manager only, reachable by phone or email.
        assertEquals("figures.refused.notAccountManager", assertThrows(CustomerRefused.class, () -> contacts.add(
                actor(colleague), account.id(), new Contacts.NewContact("王总", null, "138", null, true))).messageKey());
        assertEquals("contactPhone", assertThrows(CustomerRefused.class, () -> contacts.add(
                actor(accountManager), account.id(), new Contacts.NewContact("王总", "总经理", " ", null, true))).field());
        var contact = contacts.add(actor(accountManager), account.id(),
                new Contacts.NewContact(" 王总 ", "总经理", "138-0000-0001", null, true));
        assertEquals("王总", contact.getName());
        contacts.remove(actor(accountManager), contact.getId());
        assertEquals(0L, em.createQuery("select count(p) from Contact p where p.customer.id = :id", Long.class)
                .setParameter("id", account.id()).getSingleResult());

        assertTrue(AccountAccess.maySee(actor(accountManager), account));
        assertTrue(AccountAccess.maySee(actor(salesManager), account), "the team's sales manager");
        assertTrue(AccountAccess.maySee(actor(director), account));
        assertFalse(AccountAccess.maySee(actor(colleague), account), "not a colleague of the same team");
    }

    @Test
    void theRulesSuggestFromStoredFiguresAndOnlyTheDirectorChangesATierWithAReason() {
        int lastYear = Year.now().getValue() - 1;
        importCsv(salesManager, "customer,year,quarter,target,actual\n"
                + account.code() + "," + lastYear + ",1,1500000,1600000\n"
                + account.code() + "," + lastYear + ",2,1500000,1600000\n"
                + account.code() + "," + lastYear + ",3,1500000,1600000\n"
                + account.code() + "," + lastYear + ",4,1500000,1600000\n");
        Customer fresh = customer(account.id());
        TierRules.Suggestion suggestion = rules.suggest(fresh, SalesFigures.byYear(stored(fresh)), lastYear + 1).orElseThrow();
        assertEquals(Tier.A, suggestion.tier(), "6.4 million last year: a large account");
        assertEquals("LARGE", suggestion.reason());

        assertEquals("figures.refused.notDirector", assertThrows(FiguresRefused.class,
                () -> accountFigures.retier(actor(salesManager), account.id(), Tier.A, "big")).messageKey());
        assertEquals("reason", assertThrows(FiguresRefused.class,
                () -> accountFigures.retier(actor(director), account.id(), Tier.A, " ")).field());
        accountFigures.retier(actor(director), account.id(), Tier.A, "6.4 million last year");

        assertEquals(Tier.A, customer(account.id()).tier());
        assertEquals(List.of("B→A 6.4 million last year " + director), history(account.id()));

        // The sales manager's report covers the team's accounts: this one became a key account this year.
        var thisYear = retention.of(actor(salesManager), lastYear + 1, java.time.ZoneId.of("Asia/Shanghai"));
        assertEquals(0, thisYear.keyAtStart());
        assertEquals(1, thisYear.upgraded());
        var before = retention.of(actor(salesManager), lastYear, java.time.ZoneId.of("Asia/Shanghai"));
        assertEquals(0, before.upgraded(), "read back from the history: last year it was not a key account");
        var attainment = retention.attainment(actor(salesManager), lastYear);
        assertEquals(1, attainment.size());
        assertEquals(6_400_000, attainment.get(0).actual(), 0.001);
        assertEquals(6_400_000 / 6_000_000.0, attainment.get(0).attainment(), 0.0001);
    }

    private List<String> history(long customerId) {
        return em.createQuery("select t from TierChange t where t.customer.id = :id", accord.customer.entity.TierChange.class)
                .setParameter("id", customerId).getResultList().stream()
                .map(t -> t.getFrom() + "→" + t.getTo() + " " + t.getReason() + " " + t.getChangedBy()).toList();
    }
}

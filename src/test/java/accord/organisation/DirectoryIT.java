package accord.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.organisation.boundary.Departments;
import accord.organisation.boundary.Roles;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.organisation.entity.RoleChange;
import accord.people.boundary.Departures;
import accord.people.boundary.DirectoryFiles;
import accord.people.boundary.Employees;
import accord.people.control.DirectoryImport;
import accord.people.control.PersonRecord;
import accord.platform.PlatformFixture;
import accord.platform.control.FieldRefused;
import accord.security.boundary.Accounts;
import accord.security.control.Callers;
import accord.security.control.DirectoryIdentityStore;
import accord.setup.boundary.Setup;
import accord.testing.Deployments;
import accord.testing.shared.SharedDeployment;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flowable.engine.TaskService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Moving in, in the real container on the run's database: the first administrator from a one-time
 * token, roles granted and revoked with their history, passwords changed and reset.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class DirectoryIT {

    private static final String GOOD_PASSWORD = "lantern orchard 42";

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    DirectoryFixture fixture;

    @Inject
    PlatformFixture people;

    @Inject
    Setup setup;

    @Inject
    Roles roles;

    @Inject
    Accounts accounts;

    @Inject
    Callers callers;

    @Inject
    Directory directory;

    @Inject
    DirectoryIdentityStore identityStore;

    @Inject
    @ConfigProperty(name = "accord.db.url")
    String databaseUrl;

    @Inject
    Employees employees;

    @Inject
    Departures departures;

    @Inject
    Departments departments;

    @Inject
    TaskService tasks;

    @Inject
    DirectoryFiles files;

    @Inject
    accord.customer.boundary.Customers customers;

    @Test
    void theFirstAdministratorComesFromAOneTimeTokenOnlyWhileThereIsNone() {
        String other = setup.issueToken();
        assertRefused("setup.refused.done", null, () -> setup.complete(form(other, PlatformFixture.unique("ADM").toLowerCase())));
        List<String> admins = fixture.withoutAdministrators();
        try {
            String token = setup.issueToken(); // this node's; "other" stands for another node's
            fixture.expiredToken("EXPI-REDT-OKEN-2345-6789");
            String login = "first." + PlatformFixture.unique("").toLowerCase();
            assertRefused("setup.refused.token", "token", () -> setup.complete(form("WRONG-TOKEN", login)));
            assertRefused("setup.refused.token", "token", () -> setup.complete(form("EXPI-REDT-OKEN-2345-6789", login)));
            assertRefused("password.refused.common", "password", () -> setup.complete(withPassword(form(token, login), "password1")));
            assertRefused("password.refused.repeat", "repeat", () -> setup.complete(withRepeat(form(token, login), "lantern orchard 43")));

            // Refusals roll back: the token still works, once, typed in lower case with spaces.
            Employee admin = setup.complete(form(" " + token.toLowerCase().replace('-', ' ') + " ", login));
            assertEquals(Set.of(Role.STAFF, Role.ADMIN), fixture.employee(login).roles());
            assertEquals(login, fixture.headOf(admin.department().code()));
            assertEquals(Status.VALID, identityStore.validate(new UsernamePasswordCredential(login, GOOD_PASSWORD)).getStatus());
            assertEquals(0, fixture.setupTokens(), "every node's token is used up");

            // The only active administrator keeps the role.
            assertRefused("roles.refused.lastAdmin", "role",
                    () -> roles.revoke(directory.actor(login), login, new Roles.Change(Role.ADMIN, "leaving")));

            fixture.deactivate(login);
            String again = "again." + PlatformFixture.unique("").toLowerCase();
            assertRefused("setup.refused.token", "token", () -> setup.complete(form(token, again)));
            assertRefused("setup.refused.token", "token", () -> setup.complete(form(other, again)));
        } finally {
            fixture.reactivate(admins);
        }
        assertFalse(setup.isPending());
    }

    @Test
    void rolesAreGrantedAndRevokedWithAReasonKeptAsHistoryAndCountAtTheNextRequest() {
        String admin = people.member("HR", Role.ADMIN);
        String person = people.member("SALES");
        Set<String> before = callers.standingOf(person).orElseThrow().groups();
        assertEquals(Set.of("STAFF"), before);

        roles.grant(directory.actor(admin), person, new Roles.Change(Role.HR, "  covers for the HR team in December  "));
        assertEquals(Set.of("STAFF", "HR"), callers.standingOf(person).orElseThrow().groups(), "effective at the next request");
        roles.revoke(directory.actor(admin), person, new Roles.Change(Role.HR, "back in sales"));
        assertEquals(Set.of("STAFF"), callers.standingOf(person).orElseThrow().groups());

        List<RoleChange> history = roles.historyOf(person);
        assertEquals(2, history.size());
        assertFalse(history.get(0).granted());
        assertEquals("back in sales", history.get(0).reason());
        assertTrue(history.get(1).granted());
        assertEquals("covers for the HR team in December", history.get(1).reason(), "kept as typed, less the spaces around it");
        assertEquals(admin, history.get(1).changedBy());

        assertRefused("roles.refused.reason", "reason", () -> roles.grant(directory.actor(admin), person, new Roles.Change(Role.HR, " ")));
        assertRefused("roles.refused.role", "role", () -> roles.grant(directory.actor(admin), person, new Roles.Change(null, "why")));
        assertRefused("roles.refused.notHeld", "role", () -> roles.revoke(directory.actor(admin), person, new Roles.Change(Role.HR, "again")));
        assertRefused("roles.refused.held", "role", () -> roles.grant(directory.actor(admin), person, new Roles.Change(Role.STAFF, "again")));
        assertRefused("roles.refused.staff", "role", () -> roles.revoke(directory.actor(admin), person, new Roles.Change(Role.STAFF, "left")));
        assertRefused("roles.refused.notAdmin", null, () -> roles.grant(directory.actor(person), person, new Roles.Change(Role.ADMIN, "me")));
        assertEquals(2, roles.historyOf(person).size(), "a refused change leaves no history");
    }

    @Test
    void aPersonChangesTheirOwnPasswordKnowingTheCurrentOneAndOtherSessionsEnd() {
        String person = people.employee("SALES", "first password 1", true);
        String stampBefore = callers.standingOf(person).orElseThrow().passwordStamp();

        assertRefused("password.refused.current", "current", () -> accounts.changeOwn(person, "wrong", GOOD_PASSWORD, GOOD_PASSWORD));
        assertRefused("password.refused.common", "next", () -> accounts.changeOwn(person, "first password 1", "iloveyou", "iloveyou"));
        assertRefused("password.refused.short", "next", () -> accounts.changeOwn(person, "first password 1", "short", "short"));
        assertRefused("password.refused.same", "next",
                () -> accounts.changeOwn(person, "first password 1", "first password 1", "first password 1"));
        assertRefused("password.refused.repeat", "repeat",
                () -> accounts.changeOwn(person, "first password 1", GOOD_PASSWORD, GOOD_PASSWORD + " "));

        String stamp = accounts.changeOwn(person, "first password 1", GOOD_PASSWORD, GOOD_PASSWORD);
        assertNotEquals(stampBefore, stamp);
        assertEquals(stamp, callers.standingOf(person).orElseThrow().passwordStamp(), "sessions with the old stamp end");
        assertEquals(Status.VALID, identityStore.validate(new UsernamePasswordCredential(person, GOOD_PASSWORD)).getStatus());
        assertEquals(Status.INVALID, identityStore.validate(new UsernamePasswordCredential(person, "first password 1")).getStatus());
    }

    @Test
    void anAdministratorsResetGivesATemporaryPasswordThatMustBeReplaced() {
        String admin = people.member("HR", Role.ADMIN);
        String person = people.employee("SALES", "first password 1", true);

        assertRefused("password.refused.notAdmin", null, () -> accounts.reset(directory.actor(person), person));
        assertRefused("password.refused.ownReset", null, () -> accounts.reset(directory.actor(admin), admin));
        String temporary = accounts.reset(directory.actor(admin), person);

        assertTrue(temporary.matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"), temporary);
        Callers.Standing standing = callers.standingOf(person).orElseThrow();
        assertTrue(standing.mustChangePassword());
        assertEquals(Status.VALID, identityStore.validate(new UsernamePasswordCredential(person, temporary)).getStatus());

        accounts.changeOwn(person, temporary, GOOD_PASSWORD, GOOD_PASSWORD);
        assertFalse(callers.standingOf(person).orElseThrow().mustChangePassword());
    }

    @Test
    void theDemosSharedPasswordMustBeChangedOnlyOffTheEmbeddedDemoDatabase() {
        boolean embedded = databaseUrl.startsWith("jdbc:h2:");
        assertEquals(!embedded, callers.standingOf("wang.fang").orElseThrow().mustChangePassword());
    }

    @Test
    void anAdministratorAddsAPersonWhoStartsWithATemporaryPasswordAndTheChosenRoles() {
        String admin = people.member("HR", Role.ADMIN);
        String login = "new." + PlatformFixture.unique("").toLowerCase();
        String temporary = employees.create(directory.actor(admin), record(login, "SALES", admin), EnumSet.of(Role.STAFF, Role.HR));

        Employee added = fixture.employee(login);
        assertEquals(Set.of(Role.STAFF, Role.HR), added.roles());
        assertEquals(admin, added.manager().login());
        assertEquals("Asia/Tokyo", added.timeZone());
        assertTrue(callers.standingOf(login).orElseThrow().mustChangePassword(), "the temporary password is replaced first");
        assertEquals(Status.VALID, identityStore.validate(new UsernamePasswordCredential(login, temporary)).getStatus());
        assertEquals(1, roles.historyOf(login).size(), "the starting role is in the history");

        assertRefused("person.refused.loginTaken", "login",
                () -> employees.create(directory.actor(admin), record(login, "SALES", null), Set.of(Role.STAFF)));
        assertRefused("person.refused.email", "email", () -> employees.create(directory.actor(admin),
                new PersonRecord("x" + login, "名字", "not-an-email", "SALES", null, null, null, null), Set.of()));
        assertRefused("person.refused.department", "department",
                () -> employees.create(directory.actor(admin), record("y" + login, "NO_SUCH_DEPT", null), Set.of()));
        assertRefused("person.refused.notAdmin", null,
                () -> employees.create(directory.actor(login), record("z" + login, "SALES", null), Set.of()));
        // The admin reports to nobody here; making them report to someone who reports to them is refused.
        assertRefused("person.refused.managerLoop", "manager",
                () -> employees.edit(directory.actor(admin), admin, record(admin, "HR", login)));
    }

    @Test
    void aLeaversWorkGoesToTheSuccessorInTheSameTransactionAsTheDeactivation() {
        String admin = people.member("HR", Role.ADMIN);
        String leaver = people.member("SALES");
        String successor = people.member("SALES");
        String report = people.member("SALES");
        String absentee = people.member("SALES");
        people.reportTo(report, leaver);
        String queue = PlatformFixture.unique("Q");
        String held = reviewTask(queue, leaver);
        String offered = reviewTask(queue, null);
        tasks.addCandidateUser(offered, leaver);
        String queued = reviewTask(queue, null); // offered to the queue only: it stays there
        long absence = people.absence(absentee, leaver, LocalDate.now().plusDays(10), LocalDate.now().plusDays(12));
        long account = people.customer(accord.customer.entity.Tier.C, "离职代表的客户", leaver);

        List<String> kinds = departures.workOf(leaver).stream().map(item -> item.kindKey()).sorted().toList();
        assertEquals(List.of("departure.kind.account", "departure.kind.deputy", "departure.kind.offered", "departure.kind.report",
                "departure.kind.task"), kinds);

        // Refused: nothing moves, the person stays.
        assertRefused("departure.refused.successor", "successor", () -> departures.deactivate(directory.actor(admin), leaver, null));
        assertRefused("departure.refused.successorIsAway", "successor",
                () -> departures.deactivate(directory.actor(admin), leaver, absentee));
        assertRefused("departure.refused.self", null, () -> departures.deactivate(directory.actor(admin), admin, successor));
        assertEquals(leaver, tasks.createTaskQuery().taskId(held).singleResult().getAssignee());
        assertTrue(callers.standingOf(leaver).isPresent());

        departures.deactivate(directory.actor(admin), leaver, successor);

        assertTrue(callers.standingOf(leaver).isEmpty(), "signed out and no longer signs in");
        assertEquals(admin, fixture.employee(leaver).deactivatedBy());
        assertEquals(successor, tasks.createTaskQuery().taskId(held).singleResult().getAssignee());
        List<String> offeredTo = tasks.getIdentityLinksForTask(offered).stream().map(l -> l.getUserId()).filter(u -> u != null).toList();
        assertEquals(List.of(successor), offeredTo);
        assertEquals(List.of(queue), tasks.getIdentityLinksForTask(queued).stream().map(l -> l.getGroupId()).toList());
        assertEquals(successor, fixture.deputyOf(absence));
        assertEquals(successor, fixture.employee(report).manager().login());
        assertEquals(successor, fixture.accountManagerOf(account));
        var moved = customers.managersOf(account);
        assertEquals(1, moved.size());
        assertEquals(leaver, moved.get(0).from());
        assertEquals(admin, moved.get(0).changedBy());
        assertTrue(departures.workOf(leaver).isEmpty(), "nothing is left with the leaver");
    }

    @Test
    void aHeadOrTheLastAdministratorDoesNotLeaveBeforeAnotherTakesOver() {
        String admin = people.member("HR", Role.ADMIN);
        String head = people.member("SALES");
        String code = PlatformFixture.unique("D");
        departments.create(directory.actor(admin), new Departments.Unit(code, "临时部", "Temp", null, null));
        String member = people.member(code);
        departments.edit(directory.actor(admin), code, new Departments.Unit(code, "临时部", "Temp", null, member));
        assertRefused("departure.refused.head", null, () -> departures.deactivate(directory.actor(admin), member, head));
        assertRefused("departments.refused.head", "head",
                () -> departments.edit(directory.actor(admin), code, new Departments.Unit(code, "临时部", "Temp", null, head)));
    }

    @Test
    void departmentsAreKeptAndDeactivatedOnlyWhenNobodyAndNothingIsLeftInThem() {
        String admin = people.member("HR", Role.ADMIN);
        String top = PlatformFixture.unique("D");
        String team = PlatformFixture.unique("D");
        departments.create(directory.actor(admin), new Departments.Unit(top, "新部门", "New department", null, null));
        departments.create(directory.actor(admin), new Departments.Unit(team, "新小组", "New team", top, null));
        assertRefused("departments.refused.codeTaken", "code",
                () -> departments.create(directory.actor(admin), new Departments.Unit(top, "重复", "Again", null, null)));
        assertRefused("departments.refused.loop", "parent",
                () -> departments.edit(directory.actor(admin), top, new Departments.Unit(top, "新部门", "New department", team, null)));
        departments.edit(directory.actor(admin), top, new Departments.Unit(top, "市场拓展部", "Market Development", null, null));
        assertEquals("Market Development", directory.department(top).orElseThrow().nameEn());

        String member = people.member(team);
        String task = reviewTask(team, null);
        assertEquals(new Departments.Blockers(0, 1, 0), departments.blockers(top));
        assertEquals(new Departments.Blockers(1, 0, 1), departments.blockers(team));
        assertRefused("departments.refused.busy", null, () -> departments.deactivate(directory.actor(admin), team));

        fixture.deactivate(member);
        tasks.complete(task); // the case moves on to a person's task: nothing waits in the team's queue
        assertTrue(departments.blockers(team).none());
        departments.deactivate(directory.actor(admin), team);
        departments.deactivate(directory.actor(admin), top);
        assertFalse(directory.department(top).orElseThrow().isActive());
        assertRefused("departments.refused.notFound", null,
                () -> departments.edit(directory.actor(admin), top, new Departments.Unit(top, "复活", "Again", null, null)));
    }

    @Test
    void peopleAndDepartmentsGoOutAsFilesAndComeBackAllOrNothing() {
        Actor admin = directory.actor(people.member("HR", Role.ADMIN));
        byte[] exported = files.export(DirectoryImport.DEPARTMENT_COLUMNS, files.departmentRows(admin), true, "departments");
        DirectoryFiles.Result again = files.importDepartments(admin, "departments.xlsx", exported);
        assertEquals(List.of(), again.problems());
        assertEquals(0, again.added(), "the export imports again as it is");

        String code = PlatformFixture.unique("D");
        DirectoryFiles.Result department = files.importDepartments(admin, "new.csv",
                ("code,name_zh,name_en,parent\n" + code + ",新部门,New department,SALES\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(1, department.added());
        assertEquals("SALES", directory.department(code).orElseThrow().parent().code());

        String lead = "lead." + PlatformFixture.unique("").toLowerCase();
        String member = "member." + PlatformFixture.unique("").toLowerCase();
        DirectoryFiles.Result added = files.importPeople(admin, "people.csv", ("login,name,department,manager,roles\n"
                + member + ",组员," + code + "," + lead + ",HR\n" + lead + ",组长," + code + ",,\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), added.problems());
        assertEquals(Set.of(member, lead), added.temporaryPasswords().keySet());
        assertEquals(lead, fixture.employee(member).manager().login(), "a manager who is new in the same file");
        assertEquals(Set.of(Role.STAFF, Role.HR), fixture.employee(member).roles());
        assertTrue(callers.standingOf(member).orElseThrow().mustChangePassword());

        String other = "other." + PlatformFixture.unique("").toLowerCase();
        DirectoryFiles.Result refused = files.importPeople(admin, "bad.csv", ("login,name,department\n"
                + other + ",丙," + code + "\nBad Login,丁," + code + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("3 login"), refused.problems().stream().map(p -> p.line() + " " + p.column()).toList());
        assertTrue(directory.employee(other).isEmpty(), "a file with a problem imports nothing");
        assertRefused("person.refused.notAdmin", null,
                () -> files.importPeople(directory.actor(member), "people.csv", "login,name,department\n".getBytes(StandardCharsets.UTF_8)));
    }

    private String reviewTask(String offeredTo, String assignee) {
        String caseId = people.startCase("admin", PlatformFixture.unique("IT-"), "交接测试", offeredTo, "admin", null, 50);
        String taskId = tasks.createTaskQuery().processInstanceId(caseId).singleResult().getId();
        if (assignee != null) {
            tasks.setAssignee(taskId, assignee);
        }
        return taskId;
    }

    private static PersonRecord record(String login, String department, String manager) {
        return new PersonRecord(login, "新同事", login + "@example.com", department, manager, null, "en", "Asia/Tokyo");
    }

    private static Setup.FirstAdministrator form(String token, String login) {
        return new Setup.FirstAdministrator(token, PlatformFixture.unique("D"), "信息技术部", "IT", login, "李明", "li.ming@example.com",
                GOOD_PASSWORD, GOOD_PASSWORD);
    }

    private static Setup.FirstAdministrator withPassword(Setup.FirstAdministrator f, String password) {
        return new Setup.FirstAdministrator(f.token(), f.departmentCode(), f.departmentNameZh(), f.departmentNameEn(), f.login(),
                f.displayName(), f.email(), password, password);
    }

    private static Setup.FirstAdministrator withRepeat(Setup.FirstAdministrator f, String repeat) {
        return new Setup.FirstAdministrator(f.token(), f.departmentCode(), f.departmentNameZh(), f.departmentNameEn(), f.login(),
                f.displayName(), f.email(), f.password(), repeat);
    }

    private static void assertRefused(String key, String field, Executable action) {
        FieldRefused refused = assertThrows(FieldRefused.class, action);
        assertEquals(key, refused.messageKey());
        assertEquals(field, refused.field());
    }
}

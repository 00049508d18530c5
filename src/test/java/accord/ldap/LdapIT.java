package accord.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.ldap.boundary.DirectoryHealth;
import accord.ldap.boundary.DirectorySync;
import accord.ldap.boundary.SyncRun;
import accord.organisation.boundary.Roles;
import accord.organisation.control.Directory;
import accord.organisation.control.DirectoryRefused;
import accord.organisation.entity.Department;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.people.boundary.Employees;
import accord.people.control.PersonRecord;
import accord.platform.PlatformFixture;
import accord.platform.control.FieldRefused;
import accord.security.boundary.Accounts;
import accord.security.control.DirectoryIdentityStore;
import accord.testing.Deployments;
import accord.testing.TestDirectoryServer;
import accord.testing.shared.SharedDeployment;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import java.util.Set;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The company's directory, a real LDAP server in the test deployment (TestDirectoryServer): people
 * it keeps sign in with their directory password; synchronisation creates, updates, moves and
 * deactivates people and departments; fields it owns are read-only in the portal; a directory that
 * is down leaves local accounts working and says so on the health page.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class LdapIT {

    private static final String PEOPLE = "ou=people," + TestDirectoryServer.BASE;
    private static final String REP = "uid=dir.rep,ou=LDAP_WEST,ou=LDAP_SALES," + PEOPLE;
    private static final String HR = "uid=dir.hr,ou=LDAP_SUPPORT," + PEOPLE;

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    TestDirectoryServer server;

    @Inject
    DirectorySync sync;

    @Inject
    Directory directory;

    @Inject
    DirectoryIdentityStore identityStore;

    @Inject
    PlatformFixture people;

    @Inject
    Employees employees;

    @Inject
    Accounts accounts;

    @Inject
    Roles roles;

    @Inject
    @Readiness
    DirectoryHealth health;

    @BeforeEach
    void theDirectoryAsInItsFile() {
        server.reset();
    }

    @Test
    void synchronisationBringsInTheDirectorysDepartmentsPeopleManagersAndGroupRoles() {
        SyncRun.Report report = sync.now(admin());
        assertTrue(report.reached(), report.summary());

        Department west = directory.department("LDAP_WEST").orElseThrow();
        assertTrue(west.isKeptByDirectory());
        assertEquals("LDAP_SALES", west.parent().code());
        assertEquals("西区销售组", west.nameZh());
        assertEquals("Sales West", west.nameEn());
        Employee rep = directory.employee("dir.rep").orElseThrow();
        assertTrue(rep.isKeptByDirectory() && rep.isActive());
        assertEquals("孙小", rep.displayName());
        assertEquals("LDAP_WEST", rep.department().code());
        assertEquals("dir.boss", rep.manager().login());
        assertEquals(Set.of(Role.STAFF, Role.HR), directory.employee("dir.hr").orElseThrow().roles());
        assertEquals(Set.of(Role.STAFF, Role.SALES_MANAGER), directory.employee("dir.boss").orElseThrow().roles());

        SyncRun.Report again = sync.now(admin());
        assertEquals(0, again.peopleAdded() + again.peopleChanged() + again.departmentsAdded() + again.departmentsChanged(),
                "nothing changed in the directory, nothing changes: " + again.summary());
    }

    @Test
    void theySignInWithTheirDirectoryPasswordOnly() {
        sync.now(admin());
        assertEquals(Status.VALID, signIn("dir.rep", "rep secret one"));
        assertEquals(Status.INVALID, signIn("dir.rep", "rep secret two"));
        assertEquals(Status.INVALID, signIn("dir.rep", ""), "an empty password is never an anonymous bind");
        assertEquals(Status.INVALID, signIn("dir.rep", "!directory"), "the stored placeholder is not a password");
        assertEquals(Status.INVALID, signIn("dir.*", "rep secret one"), "no wildcard in a login");
    }

    @Test
    void changesInTheDirectoryArriveAtTheNextSynchronisation() throws Exception {
        sync.now(admin());
        server.replace(REP, "displayName", "孙大");
        server.move(REP, "uid=dir.rep", "ou=LDAP_SUPPORT," + PEOPLE);
        server.remove("cn=hr-team,ou=groups," + TestDirectoryServer.BASE, "member", HR);
        server.delete(HR);
        String local = people.employee("SALES", "local password 1", true);

        SyncRun.Report report = sync.now(admin());

        Employee rep = directory.employee("dir.rep").orElseThrow();
        assertEquals("孙大", rep.displayName());
        assertEquals("LDAP_SUPPORT", rep.department().code(), "moved to another department");
        Employee gone = directory.employee("dir.hr").orElseThrow();
        assertFalse(gone.isActive(), "gone from the directory: deactivated");
        assertEquals(SyncRun.BY, gone.deactivatedBy());
        assertTrue(directory.employee(local).orElseThrow().isActive(), "local accounts are not the directory's to change");
        assertEquals(1, report.peopleDeactivated(), report.summary());

        server.reset();
        sync.now(admin());
        assertTrue(directory.employee("dir.hr").orElseThrow().isActive(), "back in the directory: active again");
        assertEquals(Set.of(Role.STAFF, Role.HR), directory.employee("dir.hr").orElseThrow().roles());
    }

    @Test
    void whatTheDirectoryOwnsIsReadOnlyInThePortal() {
        sync.now(admin());
        var admin = admin();
        Employee rep = directory.employee("dir.rep").orElseThrow();
        FieldRefused renamed = assertThrows(FieldRefused.class, () -> employees.edit(admin, "dir.rep",
                new PersonRecord("dir.rep", "别的名字", rep.email(), "LDAP_WEST", "dir.boss", null, "en", null)));
        assertEquals("person.refused.directoryOwned", renamed.messageKey());
        employees.edit(admin, "dir.rep", new PersonRecord("dir.rep", rep.displayName(), rep.email(), "LDAP_WEST", "dir.boss",
                null, "en", "Asia/Tokyo"));
        assertEquals("Asia/Tokyo", directory.employee("dir.rep").orElseThrow().timeZone(), "the person's own settings stay here");
        assertEquals("password.refused.directory",
                assertThrows(FieldRefused.class, () -> accounts.reset(admin, "dir.rep")).messageKey());
        assertEquals("roles.refused.directoryOwned", assertThrows(DirectoryRefused.class,
                () -> roles.grant(admin, "dir.rep", new Roles.Change(Role.HR, "covering"))).messageKey());
        roles.grant(admin, "dir.rep", new Roles.Change(Role.CUSTOMER_SERVICE, "answers the hotline on Fridays"));
        sync.now(admin);
        assertTrue(directory.employee("dir.rep").orElseThrow().has(Role.CUSTOMER_SERVICE), "a role no group maps stays the portal's");
    }

    @Test
    void aDirectoryThatIsDownLeavesLocalAccountsWorkingAndSaysSo() throws Exception {
        sync.now(admin());
        String local = people.employee("SALES", "local password 1", true);
        server.stop();
        try {
            assertEquals(Status.VALID, signIn(local, "local password 1"));
            assertEquals(Status.INVALID, signIn("dir.boss", "boss secret one"), "not checked, so not signed in");
            SyncRun.Report report = sync.now(admin());
            assertFalse(report.reached());
            assertTrue(directory.employee("dir.boss").orElseThrow().isActive(), "an unreachable directory deactivates nobody");
            HealthCheckResponse said = health.call();
            assertEquals(HealthCheckResponse.Status.UP, said.getStatus(), "the portal stays in the load balancer");
            assertEquals(Boolean.FALSE, said.getData().orElseThrow().get("reachable"));
        } finally {
            server.restart();
        }
        assertEquals(Status.VALID, signIn("dir.boss", "boss secret one"), "the outage did not count against them");
    }

    private accord.organisation.control.Actor admin() {
        return directory.actor(people.member("HR", Role.ADMIN));
    }

    private Status signIn(String login, String password) {
        return identityStore.validate(new UsernamePasswordCredential(login, password)).getStatus();
    }
}

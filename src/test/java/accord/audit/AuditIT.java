package accord.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.audit.control.AuditQueries;
import accord.audit.control.AuditQueries.Filter;
import accord.organisation.boundary.Roles;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.PlatformFixture;
import accord.platform.entity.AuditAction;
import accord.platform.entity.AuditEntry;
import accord.security.boundary.Accounts;
import accord.security.control.DirectoryIdentityStore;
import accord.testing.Deployments;
import accord.testing.shared.SharedDeployment;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail in the real container: what writes a line and when (with its transaction, not
 * without it), how ADMIN finds lines, and that the database keeps them unchangeable.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    private static final String GOOD_PASSWORD = "lantern orchard 42";

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    AuditFixture fixture;

    @Inject
    PlatformFixture people;

    @Inject
    DirectoryIdentityStore identityStore;

    @Inject
    Roles roles;

    @Inject
    Accounts accounts;

    @Inject
    Directory directory;

    @Inject
    AuditQueries queries;

    @Inject
    org.flowable.engine.RuntimeService runtime;

    @Inject
    org.flowable.engine.TaskService tasks;

    @Inject
    accord.inbox.control.TaskLookup lookup;

    @Inject
    accord.inbox.boundary.TaskActions actions;

    @Test
    void aRefusedTaskOrCaseIsALineOfTheAuditTrail() {
        String outsider = people.member("SALES");
        org.flowable.engine.runtime.ProcessInstance offered = runtime.startProcessInstanceByKey("itOfferedTask",
                java.util.Map.of("offeredTo", "HR"));
        String taskId = tasks.createTaskQuery().processInstanceId(offered.getId()).singleResult().getId();
        assertThrows(accord.inbox.control.TaskRefused.class, () -> lookup.visibleTask(taskId, directory.actor(outsider)));
        assertThrows(accord.inbox.control.TaskRefused.class, () -> actions.claim(directory.actor(outsider), taskId));
        assertEquals(List.of("ACCESS_REFUSED open task " + taskId + " This task is not yours to see.",
                "ACCESS_REFUSED claim task " + taskId + " This task is not offered to you or to your groups."), fixture.linesOf(outsider),
                "each refusal a line, though the action rolled back");
    }

    @Test
    void everySignInAndEveryFailureIsALineSayingWhy() {
        String person = people.employee("SALES", GOOD_PASSWORD, true);
        String stranger = PlatformFixture.unique("nobody").toLowerCase();

        identityStore.validate(new UsernamePasswordCredential(person, "not the password"));
        identityStore.validate(new UsernamePasswordCredential(" " + person.toUpperCase() + " ", GOOD_PASSWORD));
        identityStore.validate(new UsernamePasswordCredential(stranger, "anything"));

        assertEquals(List.of("SIGN_IN_FAILED " + person + " wrong password", "SIGNED_IN " + person + " -"), fixture.linesOf(person),
                "the login as the person is known, however typed");
        assertEquals(List.of("SIGN_IN_FAILED " + stranger + " unknown or inactive login"), fixture.linesOf(stranger));
    }

    @Test
    void administratorsChangesAreLinesOfTheirTransactionAndNothingWhenItRollsBack() {
        String admin = people.member("HR", Role.ADMIN);
        String person = people.employee("SALES", GOOD_PASSWORD, true);

        roles.grant(directory.actor(admin), person, new Roles.Change(Role.HR, "covers for HR in December"));
        accounts.reset(directory.actor(admin), person);
        assertThrows(RuntimeException.class,
                () -> fixture.grantThenFail(admin, person, new Roles.Change(Role.SALES_MANAGER, "leads the east team")));

        assertEquals(List.of("ROLE_GRANTED " + admin + " HR: covers for HR in December", "PASSWORD_RESET " + admin + " -"),
                fixture.linesAbout(person), "the rolled-back grant left no line");
        assertTrue(directory.employee(person).orElseThrow().roles().contains(Role.HR));
        assertTrue(!directory.employee(person).orElseThrow().roles().contains(Role.SALES_MANAGER), "and no role");
    }

    @Test
    void administratorsFindLinesByPersonActionTextAndMoment() {
        String actor = PlatformFixture.unique("auditor").toLowerCase();
        Instant monday = Instant.parse("2031-03-03T02:00:00Z");
        fixture.lineAt(monday, actor, AuditAction.EXPORTED, "nominations", "csv");
        fixture.lineAt(monday.plus(1, ChronoUnit.DAYS), actor, AuditAction.ROLE_GRANTED, "someone", "HR: 100% sure_of_it");
        fixture.lineAt(monday.plus(2, ChronoUnit.DAYS), actor, AuditAction.EXPORTED, "people", "xlsx");

        Filter byActor = new Filter(null, null, " " + actor.toUpperCase() + " ", null, null);
        assertEquals(List.of("people", "someone", "nominations"), subjects(queries.page(byActor, 0, 10)), "newest first");
        assertEquals(3, queries.count(byActor));
        assertEquals(List.of("someone", "nominations"), subjects(queries.page(byActor, 1, 10)), "a page further on");
        assertEquals(List.of("people", "nominations"),
                subjects(queries.page(new Filter(null, null, actor, AuditAction.EXPORTED, null), 0, 10)));
        assertEquals(List.of("someone"), subjects(queries.page(new Filter(null, null, actor, null, "100% SURE_"), 0, 10)),
                "a typed % and _ are themselves");
        assertEquals(List.of(), subjects(queries.page(new Filter(null, null, actor, null, "100_ sure"), 0, 10)));
        assertEquals(List.of("someone"), subjects(queries.page(new Filter(monday.plus(1, ChronoUnit.DAYS),
                monday.plus(2, ChronoUnit.DAYS), actor, null, null), 0, 10)), "from included, until not");
    }

    @Test
    void onPostgreSqlTheDatabaseRefusesToChangeOrRemoveALine() {
        if (!fixture.onPostgreSql()) {
            return; // H2 has no trigger without a Java class: there the entity is the guard. CI runs this on PostgreSQL.
        }
        String actor = PlatformFixture.unique("tamperer").toLowerCase();
        fixture.lineAt(Instant.now(), actor, AuditAction.SIGNED_IN, actor, null);

        for (String sql : List.of("update audit_entry set actor = 'someone else' where actor = '" + actor + "'",
                "delete from audit_entry where actor = '" + actor + "'", "truncate table audit_entry")) {
            Throwable refused = assertThrows(RuntimeException.class, () -> fixture.tamper(sql), sql);
            assertTrue(causes(refused).contains("audit_entry is append-only"), sql + ": " + causes(refused));
        }
        assertEquals(1, fixture.linesOf(actor).size(), "the line is still there as written");
    }

    private static List<String> subjects(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::getSubject).toList();
    }

    private static String causes(Throwable thrown) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }
}

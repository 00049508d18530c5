package accord.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.demo.boundary.DemoData;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.boundary.AccordDatabase;
import accord.platform.control.ClientAddress;
import accord.security.control.DirectoryIdentityStore;
import accord.testing.Deployments;
import accord.testing.shared.SharedDeployment;
import accord.workflow.boundary.WorkflowEngine;
import accord.workflow.control.WorkflowDeployer;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flowable.dmn.api.DmnDecisionService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform in the real container, on whichever database the run is configured for (H2 by
 * default, PostgreSQL in .ci/run): transactions spanning JPA and the engine, the engine's job
 * executor, workflow deployment, the directory-backed identity store and candidate groups.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    PlatformFixture fixture;

    @Inject
    JobTransactionFixture jobTransaction;

    @Inject
    org.flowable.engine.ManagementService management;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    RepositoryService repository;

    @Inject
    WorkflowDeployer deployer;

    @Inject
    DirectoryIdentityStore identityStore;

    @Inject
    Directory directory;

    @Inject
    DemoData demoData;

    @Inject
    WorkflowEngine engine;

    @Inject
    DmnDecisionService decisions;

    @Resource(lookup = AccordDatabase.JNDI_NAME)
    DataSource dataSource;

    @Test
    void schemaIsMigratedToTheLatestVersionAndValid() {
        Flyway flyway = accord.platform.boundary.SchemaMigration.flyway(dataSource);
        MigrationInfoService info = flyway.info();

        assertNotNull(info.current(), "no migration has run");
        assertEquals(0, info.pending().length, "pending migrations");
        assertTrue(info.all().length >= 1);
        flyway.validate();
    }

    @Test
    void jpaWriteAndProcessStartCommitTogether() {
        String code = PlatformFixture.unique("OK");
        fixture.createDepartmentAndStartProcess(code, false);

        assertEquals(1, fixture.departmentsWithCode(code));
        assertEquals(1, runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count());
    }

    @Test
    void jpaWriteAndProcessStartRollBackTogether() {
        String code = PlatformFixture.unique("RB");
        assertThrows(RuntimeException.class, () -> fixture.createDepartmentAndStartProcess(code, true));

        assertEquals(0, fixture.departmentsWithCode(code));
        assertEquals(0, runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count());
    }

    @Test
    void aJobRunsInTheContainersTransaction() throws InterruptedException {
        // Found by the cluster test: a node killed while a timer's step was being written left half
        // of it (each statement had committed on its own), and another node ran the step again.
        String number = PlatformFixture.unique("JOB");
        runtime.startProcessInstanceByKey("itJobInTransaction", number);
        String seen = null;
        for (int tenth = 0; tenth < 300 && seen == null; tenth++) {
            Thread.sleep(100);
            seen = jobTransaction.seenIn(number);
        }
        assertEquals("transaction active, engine connection auto-commit false", seen);
    }

    @Test
    void anEngineCommandOutsideAnyTransactionRunsInOneOfItsOwn() {
        assertEquals("transaction active, engine connection auto-commit false",
                jobTransaction.lookOutsideAnyTransaction(management));
    }

    @Test
    void timerMovesTheProcessOnByItself() throws InterruptedException {
        ProcessInstance instance = runtime.startProcessInstanceByKey("itShortTimer", Map.of("offeredTo", "HR"));
        Task afterTimer = null;
        for (int second = 0; second < 60 && afterTimer == null; second++) {
            Thread.sleep(1000);
            afterTimer = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        }
        assertNotNull(afterTimer, "the timer did not fire within 60 s");
        assertEquals("afterTimer", afterTimer.getTaskDefinitionKey());
    }

    @Test
    void workflowFilesAreDeployedOnceEach() {
        List<String> files = deployer.workflowFiles();
        assertTrue(files.contains("it-short-timer.bpmn20.xml"), files.toString());
        assertEquals(1, repository.createDeploymentQuery().deploymentName("it-short-timer.bpmn20.xml").count(),
                "deployed at start-up, once, also after restarts on the same database");

        deployer.deployAll(repository);

        assertEquals(1, repository.createDeploymentQuery().deploymentName("it-short-timer.bpmn20.xml").count(),
                "an unchanged file is not deployed again");
        assertEquals(1, repository.createProcessDefinitionQuery().processDefinitionKey("itOfferedTask").count());
    }

    @Test
    void decisionTablesFromTheWorkflowsFolderAreDeployedAndEvaluated() {
        assertEquals("A", decisions.createExecuteDecisionBuilder().decisionKey("itTier").variable("sales", 1_500_000)
                .executeWithSingleResult().get("tier"));
    }

    @Test
    void demoDataIsLoadedOnceOnly() {
        long people = directory.employeeCount();
        assertTrue(people >= 25, "the embedded default has the demo organisation");
        demoData.loadIfEmpty();
        assertEquals(people, directory.employeeCount());
    }

    @Test
    void identityStoreAcceptsTheRightPasswordOfAnActiveEmployee() {
        String department = PlatformFixture.unique("ID");
        fixture.department(department, null);
        String login = fixture.employee(department, "correct horse", true, Role.CUSTOMER_SERVICE);

        CredentialValidationResult result = identityStore.validate(new UsernamePasswordCredential(login, "correct horse"));

        assertEquals(Status.VALID, result.getStatus());
        assertEquals(login, result.getCallerPrincipal().getName());
        assertEquals(java.util.Set.of("STAFF", "CUSTOMER_SERVICE"), result.getCallerGroups());
    }

    @Test
    void identityStoreRefusesWrongPasswordsUnknownAndInactivePeople() {
        String department = PlatformFixture.unique("ID");
        fixture.department(department, null);
        String active = fixture.employee(department, "correct horse", true);
        String inactive = fixture.employee(department, "correct horse", false);

        assertEquals(Status.INVALID, identityStore.validate(new UsernamePasswordCredential(active, "wrong horse")).getStatus());
        assertEquals(Status.INVALID, identityStore.validate(new UsernamePasswordCredential(inactive, "correct horse")).getStatus());
        assertEquals(Status.INVALID, identityStore.validate(new UsernamePasswordCredential("nobody.here", "correct horse")).getStatus());
    }

    @Test
    void repeatedFailuresBlockEvenTheRightPasswordForAWhile() {
        String department = PlatformFixture.unique("ID");
        fixture.department(department, null);
        String login = fixture.employee(department, "correct horse", true);
        for (int attempt = 0; attempt < 4; attempt++) {
            identityStore.validate(new UsernamePasswordCredential(login, "guess " + attempt));
        }

        assertEquals(Status.INVALID, identityStore.validate(new UsernamePasswordCredential(login, "correct horse")).getStatus());
    }

    @Test
    void failuresAtOneAddressDoNotLockTheLoginOutElsewhere() {
        String department = PlatformFixture.unique("IP");
        fixture.department(department, null);
        String login = fixture.employee(department, "correct horse", true);
        try {
            ClientAddress.set("10.1.1.1"); // a colleague's desk, guessing
            for (int attempt = 0; attempt < 4; attempt++) {
                identityStore.validate(new UsernamePasswordCredential(login, "guess " + attempt));
            }
            assertEquals(Status.INVALID, identityStore.validate(new UsernamePasswordCredential(login, "correct horse")).getStatus(),
                    "the guessing desk waits");
            ClientAddress.set("10.1.1.2"); // the person's own desk
            assertEquals(Status.VALID, identityStore.validate(new UsernamePasswordCredential(login, "correct horse")).getStatus(),
                    "the person signs in from their own desk");
        } finally {
            ClientAddress.clear();
        }
    }

    @Test
    void engineFindsTasksOfferedToThePersonsDepartmentParentDepartmentAndRoles() {
        String parent = PlatformFixture.unique("PD");
        String team = PlatformFixture.unique("TM");
        fixture.department(parent, null);
        fixture.department(team, parent);
        String member = fixture.employee(team, "correct horse", true, Role.HR);
        String outsider = fixture.employee(parent, "correct horse", false);

        List<String> cases = List.of(
                runtime.startProcessInstanceByKey("itOfferedTask", Map.of("offeredTo", parent)).getId(),
                runtime.startProcessInstanceByKey("itOfferedTask", Map.of("offeredTo", team)).getId());

        List<String> groups = ((ProcessEngineConfigurationImpl) engine.engine().getProcessEngineConfiguration())
                .getCandidateManager().getGroupsForCandidateUser(member);
        assertTrue(groups.containsAll(List.of(team, parent, "STAFF", "HR")), groups.toString());
        assertEquals(2, tasks.createTaskQuery().taskCandidateGroupIn(groups).processInstanceIdIn(cases).count());
        assertEquals(List.of(), directory.candidateGroupsOf(outsider), "an inactive person is in no group");
    }
}

package accord.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.audit.AuditFixture;
import accord.complaint.ComplaintFixture;
import accord.complaint.ComplaintLookup;
import accord.complaint.boundary.ComplaintSteps;
import accord.complaint.entity.Category;
import accord.complaint.entity.Complaint;
import accord.complaint.entity.ComplaintStatus;
import accord.complaint.entity.RootCause;
import accord.complaint.entity.Severity;
import accord.customer.entity.Tier;
import accord.operations.control.OperationsRefused;
import accord.operations.control.VersionMigration;
import accord.operations.control.WorkflowVersions;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.PlatformFixture;
import accord.platform.control.Text;
import accord.testing.Deployments;
import accord.testing.shared.SharedDeployment;
import accord.workflow.control.WorkflowKeys;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessMigrationService;
import org.flowable.engine.migration.ActivityMigrationMapping;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.repository.Deployment;
import org.flowable.task.api.Task;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Real complaints, started on complaint handling as deployed from {@code workflows/}, moved to a new
 * version of it that adds a step (a quality review before the call-back) and renames one (the
 * call-back): the case at the renamed step cannot move until it is mapped; then every case moves,
 * keeps its holder, variables and deadline timers, and goes on along the new version. Afterwards the
 * test's version is taken away again, the cases moved back first, so that later tests start on the
 * real one.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class MigrationIT {

    @org.jboss.arquillian.container.test.api.Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    ComplaintFixture complaints;

    @Inject
    ComplaintLookup complaintsNow;

    @Inject
    ComplaintSteps steps;

    @Inject
    PlatformFixture people;

    @Inject
    AuditFixture audit;

    @Inject
    Directory directory;

    @Inject
    VersionMigration migration;

    @Inject
    WorkflowVersions versions;

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    ManagementService management;

    @Inject
    ProcessMigrationService migrations;

    @Test
    void casesMoveToAVersionWithAnAddedStepOnceTheRenamedStepIsMapped() throws IOException {
        String admin = people.member("HR", Role.ADMIN);
        String service = PlatformFixture.unique("CS");
        people.department(service, null);
        String agent = people.member(service, Role.CUSTOMER_SERVICE);
        String quality = PlatformFixture.unique("QA");
        people.department(quality, null);
        String head = people.member(quality, Role.DEPT_HEAD);
        people.appointHead(quality, head);
        String engineer = people.member(quality);
        long customer = people.customer(Tier.A, "迁移测试有限公司");

        Complaint atTriage = complaints.register(agent, customer);
        Complaint atCallBack = complaints.register(agent, customer);
        triage(agent, atCallBack, null);
        Complaint resolving = complaints.register(agent, customer);
        triage(agent, resolving, quality);
        String oldVersion = definitionOf(atTriage);
        assertEquals(2, management.createTimerJobQuery().processInstanceId(resolving.getProcessInstanceId()).count(), "warning and deadline");

        Deployment added = repository.createDeployment().name("it-migration").addString("complaint-handling.bpmn20.xml", changedVersion())
                .deploy();
        String newVersion = repository.createProcessDefinitionQuery().deploymentId(added.getId()).singleResult().getId();
        try {
            VersionMigration.Plan plan = Text.in(Locale.ENGLISH, () -> migration.plan(directory.actor(admin), oldVersion));
            assertEquals(newVersion, plan.to().id());
            assertTrue(plan.gone().stream().anyMatch(s -> s.id().equals("callBack") && s.name().equals("Call the customer back")),
                    plan.gone().toString());
            assertTrue(plan.targets().stream().anyMatch(s -> s.id().equals("callCustomer")));
            assertThrows(OperationsRefused.class, () -> migration.plan(directory.actor(agent), oldVersion));
            assertEquals("versions.refused.latest", assertThrows(OperationsRefused.class,
                    () -> migration.plan(directory.actor(admin), newVersion)).messageKey());

            // Unmapped, the case at the renamed step cannot move, and says why; the others can.
            VersionMigration.Check unmapped = Text.in(Locale.ENGLISH, () -> migration.check(directory.actor(admin), oldVersion, Map.of()));
            VersionMigration.Blocked blocked = unmapped.blocked().stream().filter(b -> b.number().equals(atCallBack.getNumber()))
                    .findFirst().orElseThrow();
            assertTrue(blocked.why().contains("Call the customer back"), blocked.why());
            assertTrue(unmapped.blocked().stream().noneMatch(b -> b.number().equals(atTriage.getNumber())
                    || b.number().equals(resolving.getNumber())), unmapped.blocked().toString());
            assertEquals("versions.refused.mapping", assertThrows(OperationsRefused.class,
                    () -> migration.check(directory.actor(admin), oldVersion, Map.of("callBack", "noSuchStep"))).messageKey());

            Map<String, String> mapped = Map.of("callBack", "callCustomer");
            VersionMigration.Check check = migration.check(directory.actor(admin), oldVersion, mapped);
            assertTrue(check.blocked().stream().noneMatch(b -> b.number().equals(atCallBack.getNumber())), check.blocked().toString());
            VersionMigration.Report report = migration.migrate(directory.actor(admin), oldVersion, mapped);
            assertEquals(check.movable(), report.moved(), report.notMoved().toString());

            for (Complaint moved : List.of(atTriage, atCallBack, resolving)) {
                assertEquals(newVersion, definitionOf(moved), moved.getNumber());
            }
            Task callCustomer = taskOf(atCallBack);
            assertEquals("callCustomer", callCustomer.getTaskDefinitionKey());
            assertEquals(agent, callCustomer.getAssignee(), "its holder kept");
            assertEquals(ComplaintStatus.CALL_BACK, complaintsNow.find(atCallBack.getId()).getStatus(), "its record untouched");
            assertEquals(2, management.createTimerJobQuery().processInstanceId(resolving.getProcessInstanceId()).count(),
                    "its deadline timers kept");
            assertTrue(versions.process(directory.actor(admin), newVersion).orElseThrow().running() >= 3, "counted on the new version");

            // The moved case goes on along the new version: resolved, it reaches the added step.
            Task resolve = taskOf(resolving);
            tasks.claim(resolve.getId(), engineer);
            steps.resolve(directory.actor(engineer), resolve.getId(), new ComplaintSteps.Resolution(ComplaintSteps.Outcome.RESOLVED,
                    RootCause.LOGISTICS, "Packed loosely", "Repacked", "Packing checklist", "We repacked and sent it again.", null, null, null));
            assertEquals("qualityReview", tasks.createTaskQuery().processInstanceId(resolving.getProcessInstanceId()).singleResult()
                    .getTaskDefinitionKey());
            assertTrue(audit.linesAbout(WorkflowKeys.COMPLAINT_HANDLING + " v" + version(oldVersion) + " → v" + version(newVersion))
                    .get(0).startsWith("CASES_MIGRATED " + admin + " " + report.moved() + " moved"));
        } finally {
            // Back to the version from workflows/ (the steps the test version added or renamed mapped back), then the test version goes.
            for (var moved : runtime.createProcessInstanceQuery().processDefinitionId(newVersion).list()) {
                migrations.createProcessInstanceMigrationBuilder().migrateToProcessDefinition(oldVersion)
                        .addActivityMigrationMapping(ActivityMigrationMapping.createMappingFor("callCustomer", "callBack"))
                        .addActivityMigrationMapping(ActivityMigrationMapping.createMappingFor("qualityReview", "callBack"))
                        .migrate(moved.getId());
            }
            repository.deleteDeployment(added.getId(), false);
        }
        assertEquals(oldVersion, definitionOf(atTriage));
        assertEquals("callBack", taskOf(atCallBack).getTaskDefinitionKey());
    }

    private void triage(String agent, Complaint complaint, String department) {
        Task triage = taskOf(complaint);
        tasks.claim(triage.getId(), agent);
        steps.triage(directory.actor(agent), triage.getId(), new ComplaintSteps.Triage(Category.DELIVERY, Severity.MEDIUM, department,
                department == null, department == null ? "Explained on the phone." : null, null));
    }

    private Task taskOf(Complaint complaint) {
        return tasks.createTaskQuery().processInstanceId(complaint.getProcessInstanceId()).singleResult();
    }

    private String definitionOf(Complaint complaint) {
        return runtime.createProcessInstanceQuery().processInstanceId(complaint.getProcessInstanceId()).singleResult()
                .getProcessDefinitionId();
    }

    private int version(String definitionId) {
        return repository.getProcessDefinition(definitionId).getVersion();
    }

    /** workflows/complaint-handling.bpmn20.xml with the call-back renamed and a quality review added before it. */
    private static String changedVersion() throws IOException {
        try (InputStream file = MigrationIT.class.getClassLoader().getResourceAsStream("workflows/complaint-handling.bpmn20.xml")) {
            String xml = new String(file.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"callBack\"", "\"callCustomer\"")
                    .replace("<sequenceFlow id=\"resolved\" sourceRef=\"gwResolve\" targetRef=\"callCustomer\"/>",
                            "<sequenceFlow id=\"resolved\" sourceRef=\"gwResolve\" targetRef=\"qualityReview\"/>\n"
                            + "        <userTask id=\"qualityReview\" name=\"Review the resolution\" flowable:candidateGroups=\"${department}\"/>\n"
                            + "        <sequenceFlow id=\"reviewed\" sourceRef=\"qualityReview\" targetRef=\"callCustomer\"/>");
            assertNotEquals(-1, xml.indexOf("qualityReview"), "the test's change applies to the file");
            return xml;
        }
    }
}

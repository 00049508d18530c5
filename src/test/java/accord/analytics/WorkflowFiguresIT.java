package accord.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.analytics.control.StepTimes;
import accord.analytics.control.WorkflowPerformance;
import accord.audit.AuditFixture;
import accord.complaint.ComplaintFixture;
import accord.complaint.boundary.ComplaintSteps;
import accord.complaint.entity.Category;
import accord.complaint.entity.Complaint;
import accord.complaint.entity.Severity;
import accord.customer.entity.Tier;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.PlatformFixture;
import accord.platform.control.Refused;
import accord.testing.Deployments;
import accord.testing.shared.SharedDeployment;
import accord.workflow.control.WorkflowKeys;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.flowable.engine.TaskService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The workflows' figures read from the engine's history in the real container: a complaint
 * registered and triaged counts as a case started and a triage done, with its wait for a claim;
 * the sales director and ADMIN see whole workflows, a head the steps their department's members did,
 * and anyone else's attempt is refused and on the record.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class WorkflowFiguresIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    PlatformFixture fixture;

    @Inject
    ComplaintFixture complaints;

    @Inject
    ComplaintSteps steps;

    @Inject
    TaskService tasks;

    @Inject
    Directory directory;

    @Inject
    WorkflowPerformance performance;

    @Inject
    AuditFixture audit;

    @Test
    void aTriageDoneCountsWithItsWaitAndOnlyTheDirectorSeesTheFigures() {
        String service = PlatformFixture.unique("CS");
        fixture.department(service, null);
        String agent = fixture.member(service, Role.CUSTOMER_SERVICE);
        String director = fixture.member(service, Role.SALES_DIRECTOR);
        String rep = fixture.member(service);
        String serviceHead = fixture.member(service, Role.DEPT_HEAD);
        fixture.appointHead(service, serviceHead);
        String support = PlatformFixture.unique("TS");
        fixture.department(support, null);
        String supportHead = fixture.member(support, Role.DEPT_HEAD);
        fixture.appointHead(support, supportHead);
        long customer = fixture.customer(Tier.A, "上海分析测试有限公司");
        Instant from = Instant.now().minus(Duration.ofHours(1));
        Instant to = Instant.now().plus(Duration.ofHours(1));
        WorkflowPerformance.Flow before = complaintFlow(performance.of(directory.actor(director), from, to));
        WorkflowPerformance.Flow serviceBefore = complaintFlow(performance.of(directory.actor(serviceHead), from, to));
        WorkflowPerformance.Flow supportBefore = complaintFlow(performance.of(directory.actor(supportHead), from, to));

        Complaint complaint = complaints.register(agent, customer);
        String triage = tasks.createTaskQuery().processInstanceId(complaint.getProcessInstanceId()).singleResult().getId();
        tasks.claim(triage, agent);
        steps.triage(directory.actor(agent), triage, new ComplaintSteps.Triage(Category.DELIVERY, Severity.HIGH, support, false, null, null));

        WorkflowPerformance.Flow after = complaintFlow(performance.of(directory.actor(director), from, to));
        assertEquals(before.started() + 1, after.started(), "the complaint's case started");
        StepTimes.Step triaged = step(after, "triage");
        assertEquals(step(before, "triage").finished() + 1, triaged.finished(), "one more triage done");
        assertEquals(step(before, "triage").claimed() + 1, triaged.claimed(), "claimed from the team");
        assertTrue(triaged.median().isPresent() && triaged.medianWaiting().isPresent() && triaged.medianWorking().isPresent());
        assertEquals(4, performance.of(directory.actor(director), from, to).size(), "the four workflows");
        assertTrue(after.whole());
        assertEquals(step(before, "triage").slaKept() + 1, triaged.slaKept(), "triaged well before its response was due");
        assertEquals(step(before, "triage").slaBreached(), triaged.slaBreached());

        // The cases behind the figures: the complaint among those started and those that did the triage.
        assertTrue(performance.cases(directory.actor(director), from, to, Optional.empty(), WorkflowKeys.COMPLAINT_HANDLING,
                WorkflowPerformance.CaseFigure.startedCases()).contains(complaint.getProcessInstanceId()));
        List<String> triagedCases = performance.cases(directory.actor(director), from, to, Optional.empty(),
                WorkflowKeys.COMPLAINT_HANDLING, WorkflowPerformance.CaseFigure.ofStep("triage", StepTimes.Cases.DONE));
        assertTrue(triagedCases.contains(complaint.getProcessInstanceId()));
        assertTrue(!performance.cases(directory.actor(director), from, to, Optional.empty(), WorkflowKeys.COMPLAINT_HANDLING,
                WorkflowPerformance.CaseFigure.finishedCases()).contains(complaint.getProcessInstanceId()), "still open");

        // The director narrows the figures to a department: its members' steps, and only their cases.
        WorkflowPerformance.Flow byService = complaintFlow(performance.of(directory.actor(director), from, to, Optional.of(service)));
        assertTrue(!byService.whole());
        assertEquals(1, step(byService, "triage").finished(), "the agent's triage, the department's only one");
        assertEquals(List.of(complaint.getProcessInstanceId()), performance.cases(directory.actor(director), from, to,
                Optional.of(service), WorkflowKeys.COMPLAINT_HANDLING, WorkflowPerformance.CaseFigure.ofStep("triage", StepTimes.Cases.DONE)));
        assertEquals(0, step(complaintFlow(performance.of(directory.actor(director), from, to, Optional.of(support))), "triage")
                .finished());

        // A head sees the steps their department's members did, and no whole-workflow figures.
        WorkflowPerformance.Flow serviceSees = complaintFlow(performance.of(directory.actor(serviceHead), from, to));
        assertTrue(!serviceSees.whole() && serviceSees.started() == 0 && serviceSees.medianCycle().isEmpty());
        assertEquals(step(serviceBefore, "triage").finished() + 1, step(serviceSees, "triage").finished(), "the agent's triage");
        WorkflowPerformance.Flow supportSees = complaintFlow(performance.of(directory.actor(supportHead), from, to));
        assertEquals(step(supportBefore, "triage").finished(), step(supportSees, "triage").finished(), "not another department's");

        // A head may not narrow to a department they do not head.
        Refused notTheirs = assertThrows(Refused.class, () -> performance.of(directory.actor(supportHead), from, to, Optional.of(service)));
        assertEquals("analytics.refused.notAllowed", notTheirs.messageKey());
        assertThrows(Refused.class, () -> performance.cases(directory.actor(supportHead), from, to, Optional.of(service),
                WorkflowKeys.COMPLAINT_HANDLING, WorkflowPerformance.CaseFigure.ofStep("triage", StepTimes.Cases.DONE)));

        Refused refused = assertThrows(Refused.class, () -> performance.of(directory.actor(rep), from, to));
        assertEquals("analytics.refused.notAllowed", refused.messageKey());
        assertEquals(List.of("analytics.refused.notAllowed"), audit.refusalReasons(rep), "the attempt is on the record");
        assertThrows(Refused.class, () -> performance.cases(directory.actor(rep), from, to, Optional.empty(),
                WorkflowKeys.COMPLAINT_HANDLING, WorkflowPerformance.CaseFigure.startedCases()));
        assertTrue(!WorkflowPerformance.maySee(directory.actor(agent)));
    }

    private static WorkflowPerformance.Flow complaintFlow(List<WorkflowPerformance.Flow> flows) {
        return flows.stream().filter(f -> f.workflow().equals(WorkflowKeys.COMPLAINT_HANDLING)).findFirst().orElseThrow();
    }

    private static StepTimes.Step step(WorkflowPerformance.Flow flow, String key) {
        return flow.steps().stream().filter(s -> s.step().equals(key)).findFirst()
                .orElse(new StepTimes.Step(flow.workflow(), key, 0, Optional.empty(), Optional.empty(), Optional.empty(), 0,
                        Optional.empty(), 0, 0, 0));
    }
}

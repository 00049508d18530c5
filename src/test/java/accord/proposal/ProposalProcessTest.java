package accord.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import accord.proposal.control.ProposalProcess;
import accord.testing.InMemoryEngine;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path of workflows/customer-proposal.bpmn20.xml on an in-memory engine. */
class ProposalProcessTest {

    private static final String REP = "wang.fang";
    private static final String MANAGER = "li.ming";

    private final ProcessEngine engine = InMemoryEngine.start();
    private final TaskService tasks = engine.getTaskService();
    private String proposal;

    @BeforeEach
    void start() {
        engine.getRepositoryService().createDeployment().addClasspathResource("workflows/customer-proposal.bpmn20.xml").deploy();
        proposal = engine.getRuntimeService().startProcessInstanceByKey(ProposalProcess.KEY, "CUP-2026-000001",
                new ProposalProcess.Start(1L, REP, MANAGER).variables()).getId();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private Task only(String step) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(proposal).list();
        assertEquals(1, open.size());
        assertEquals(step, open.get(0).getTaskDefinitionKey());
        return open.get(0);
    }

    private void decide(String decision) {
        Task approval = only(ProposalProcess.APPROVE_STEP);
        assertEquals(MANAGER, approval.getAssignee());
        tasks.complete(approval.getId(), Map.of("decision", decision));
    }

    private String endedAt() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(proposal).singleResult().getEndActivityId();
    }

    @Test
    void approvedEndsWithTheCustomerAdded() {
        decide("APPROVE");
        assertEquals("customerAdded", endedAt());
    }

    @Test
    void rejectedEndsWithout() {
        decide("REJECT");
        assertEquals("notAdded", endedAt());
    }

    @Test
    void sentBackGoesToTheProposerAndBackToTheManagerWhenSentAgain() {
        decide("RETURN");
        Task revision = only(ProposalProcess.REVISE_STEP);
        assertEquals(REP, revision.getAssignee());
        tasks.complete(revision.getId(), Map.of("resubmitted", true));
        decide("APPROVE");
        assertEquals("customerAdded", endedAt());
    }

    @Test
    void aProposalSentBackMayBeWithdrawn() {
        decide("RETURN");
        tasks.complete(only(ProposalProcess.REVISE_STEP).getId(), Map.of("resubmitted", false));
        assertEquals("proposalWithdrawn", endedAt());
        assertNull(tasks.createTaskQuery().processInstanceId(proposal).singleResult());
    }
}

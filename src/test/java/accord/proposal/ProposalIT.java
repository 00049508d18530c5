package accord.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.customer.boundary.Contacts;
import accord.customer.control.CustomerDirectory;
import accord.customer.entity.Customer;
import accord.customer.entity.Tier;
import accord.notice.control.Notices;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.PlatformFixture;
import accord.platform.control.FieldRefused;
import accord.proposal.boundary.ProposalSteps;
import accord.proposal.boundary.Proposals;
import accord.proposal.control.ProposalInput;
import accord.proposal.control.ProposalProcess;
import accord.proposal.entity.CustomerProposal;
import accord.proposal.entity.ProposalStatus;
import accord.testing.Deployments;
import accord.testing.shared.SharedDeployment;
import jakarta.inject.Inject;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * A rep proposes a customer and their sales manager decides, in the real container: the customer
 * added through the customer component's rules with the rep as its account manager, sent back and
 * sent again, rejected; who may propose, decide and see.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class ProposalIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    PlatformFixture fixture;

    @Inject
    Proposals proposals;

    @Inject
    ProposalSteps steps;

    @Inject
    CustomerDirectory customers;

    @Inject
    Contacts contacts;

    @Inject
    Notices notices;

    @Inject
    Directory directory;

    @Inject
    TaskService tasks;

    private String salesManager;
    private String rep;
    private String colleague;
    private String outsider;

    @BeforeEach
    void team() {
        String team = PlatformFixture.unique("SP");
        fixture.department(team, null);
        salesManager = fixture.member(team, Role.SALES_MANAGER, Role.DEPT_HEAD);
        fixture.appointHead(team, salesManager);
        rep = fixture.member(team);
        colleague = fixture.member(team);
        String support = PlatformFixture.unique("TS");
        fixture.department(support, null);
        outsider = fixture.member(support);
    }

    private Actor actor(String login) {
        return directory.actor(login);
    }

    private static ProposalInput input(String name) {
        return new ProposalInput("  " + name + " ", "制造", "苏州", "他们计划明年采购两条产线的控制系统。", "周经理", "采购部", "0512-6666 8888", null);
    }

    private Task open(CustomerProposal proposal, String step) {
        return tasks.createTaskQuery().processInstanceId(proposal.getProcessInstanceId()).taskDefinitionKey(step).singleResult();
    }

    @Test
    void aRepsProposalApprovedByTheirSalesManagerBecomesTheirCustomer() {
        String name = "提议客户 " + PlatformFixture.unique("N");
        CustomerProposal proposal = proposals.propose(actor(rep), input(name));
        assertTrue(proposal.getNumber().matches("CUP-\\d{4}-\\d{6}"), proposal.getNumber());
        assertEquals(salesManager, proposal.getApprover());
        Task approval = open(proposal, ProposalProcess.APPROVE_STEP);
        assertEquals(salesManager, approval.getAssignee());
        assertTrue(customers.named(name).isEmpty(), "nothing is added before the approval");
        assertRefused("proposal.refused.pending", "name", () -> proposals.propose(actor(colleague), input(name)));

        assertRefused("proposal.refused.notYourStep", null,
                () -> steps.decide(actor(colleague), approval.getId(), ProposalSteps.Decision.APPROVE, null));
        assertRefused("proposal.refused.note", "note",
                () -> steps.decide(actor(salesManager), approval.getId(), ProposalSteps.Decision.REJECT, " "));
        Customer added = steps.decide(actor(salesManager), approval.getId(), ProposalSteps.Decision.APPROVE, null);

        Customer stored = customers.byCode(added.code()).orElseThrow();
        assertEquals(name, stored.name(), "as typed, less the spaces around it");
        assertEquals(rep, stored.accountManager().login());
        assertEquals(Tier.C, stored.tier());
        assertEquals("周经理", contacts.of(stored.id()).get(0).getName());
        CustomerProposal decided = proposals.byNumber(proposal.getNumber()).orElseThrow();
        assertEquals(ProposalStatus.APPROVED, decided.getStatus());
        assertEquals(added.code(), decided.getCustomer().code());
        assertTrue(notices.unread(rep).stream().anyMatch(n -> n.getLink().contains(added.code())), "the rep is told");

        assertRefused("proposal.refused.exists", "name", () -> proposals.propose(actor(colleague), input(name.toUpperCase())));
    }

    @Test
    void sentBackTheRepRevisesAndSendsAgainOrTheManagerRejects() {
        CustomerProposal proposal = proposals.propose(actor(rep), input("退回客户 " + PlatformFixture.unique("N")));
        steps.decide(actor(salesManager), open(proposal, ProposalProcess.APPROVE_STEP).getId(), ProposalSteps.Decision.RETURN,
                "请补充联系人邮箱");
        Task revision = open(proposal, ProposalProcess.REVISE_STEP);
        assertEquals(rep, revision.getAssignee());
        String revisedName = "修改后的客户 " + PlatformFixture.unique("N");
        ProposalInput noReach = new ProposalInput(revisedName, null, null, "理由", "周经理", null, null, null);
        assertRefused("contacts.refused.reach", "contactPhone", () -> steps.revise(actor(rep), revision.getId(), noReach, true));
        steps.revise(actor(rep), revision.getId(), new ProposalInput(revisedName, null, null, "理由", "周经理", null, null,
                "zhou@example.com"), true);
        assertEquals(revisedName, proposals.byNumber(proposal.getNumber()).orElseThrow().getName());

        steps.decide(actor(salesManager), open(proposal, ProposalProcess.APPROVE_STEP).getId(), ProposalSteps.Decision.REJECT,
                "区域不归我们");
        CustomerProposal rejected = proposals.byNumber(proposal.getNumber()).orElseThrow();
        assertEquals(ProposalStatus.REJECTED, rejected.getStatus());
        assertNull(rejected.getCustomer());
        assertTrue(customers.named(revisedName).isEmpty());
    }

    @Test
    void onlyRepsWithASalesManagerProposeAndOnlyThoseConcernedSeeIt() {
        assertRefused("proposal.refused.addDirectly", null, () -> proposals.propose(actor(salesManager), input("经理自己")));
        assertRefused("proposal.refused.noApprover", null, () -> proposals.propose(actor(outsider), input("技术支持提议")));
        assertFalse(proposals.mayPropose(actor(outsider)));
        assertRefused("proposal.refused.reason", "reason", () -> proposals.propose(actor(rep),
                new ProposalInput("无理由", null, null, " ", null, null, null, null)));

        CustomerProposal proposal = proposals.propose(actor(rep), input("可见性客户 " + PlatformFixture.unique("N")));
        assertTrue(proposals.maySee(actor(rep), proposal));
        assertTrue(proposals.maySee(actor(salesManager), proposal));
        assertFalse(proposals.maySee(actor(colleague), proposal));
        assertFalse(proposals.maySee(actor(outsider), proposal));
    }

    private static void assertRefused(String key, String field, Executable action) {
        FieldRefused refused = assertThrows(FieldRefused.class, action);
        assertEquals(key, refused.messageKey());
        assertEquals(field, refused.field());
    }
}

package accord.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.customer.boundary.Contacts;
import accord.customer.boundary.Customers;
import accord.customer.boundary.Merges;
import accord.customer.boundary.Reassignment;
import accord.customer.control.CustomerDirectory;
import accord.customer.control.CustomerParts;
import accord.customer.control.CustomerRefused;
import accord.customer.entity.ManagerChange;
import accord.customer.entity.SalesFigure;
import accord.customer.entity.Tier;
import accord.handoff.boundary.HandoffRequests;
import accord.handoff.boundary.HandoffSteps;
import accord.handoff.control.RequestForm;
import accord.handoff.entity.Handoff;
import accord.handoff.entity.HandoffKind;
import accord.keyaccount.boundary.ReviewStarts;
import accord.keyaccount.entity.AccountReview;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.PlatformFixture;
import accord.testing.Deployments;
import accord.testing.shared.SharedDeployment;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts changing hands: all of a rep's accounts to another rep in one step, with their open
 * reviews and the handoffs the rep asked for following, and who may do it.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    PlatformFixture fixture;

    @Inject
    Reassignment reassignment;

    @Inject
    Customers customers;

    @Inject
    Merges merges;

    @Inject
    accord.people.boundary.Departures departures;

    @Inject
    accord.proposal.boundary.Proposals proposals;

    @Inject
    Contacts contacts;

    @Inject
    CustomerDirectory customerDirectory;

    @Inject
    accord.complaint.ComplaintFixture complaintFixture;

    @Inject
    ReviewStarts reviews;

    @Inject
    HandoffRequests handoffs;

    @Inject
    HandoffSteps handoffSteps;

    @Inject
    Directory directory;

    @Inject
    TaskService tasks;

    @Inject
    RuntimeService runtime;

    @PersistenceContext
    EntityManager em;

    private String team;
    private String salesManager;
    private String leaving;
    private String taking;
    private String colleague;
    private String support;
    private String supportHead;
    private String otherManager;
    private String otherRep;

    @BeforeEach
    void company() {
        team = PlatformFixture.unique("SA");
        fixture.department(team, null);
        salesManager = fixture.member(team, Role.SALES_MANAGER, Role.DEPT_HEAD);
        fixture.appointHead(team, salesManager);
        leaving = fixture.member(team);
        taking = fixture.member(team);
        colleague = fixture.member(team);
        fixture.reportTo(leaving, salesManager);
        fixture.reportTo(taking, salesManager);
        support = PlatformFixture.unique("SU");
        fixture.department(support, null);
        supportHead = fixture.member(support, Role.DEPT_HEAD);
        fixture.appointHead(support, supportHead);
        String otherTeam = PlatformFixture.unique("SB");
        fixture.department(otherTeam, null);
        otherManager = fixture.member(otherTeam, Role.SALES_MANAGER, Role.DEPT_HEAD);
        fixture.appointHead(otherTeam, otherManager);
        otherRep = fixture.member(otherTeam);
    }

    private Actor actor(String login) {
        return directory.actor(login);
    }

    private Task open(String processInstanceId, String step) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(step).singleResult();
    }

    private Handoff askSupport(String requester, long customerId) {
        RequestForm form = new RequestForm();
        form.setTargetDepartment(support);
        form.setKind(HandoffKind.TECHNICAL_PROPOSAL);
        form.setCustomerId(customerId);
        form.setSubject("Proposal for the new line");
        form.setDetails("The customer plans a second line.");
        form.setAcceptanceCriteria("Covers line 2");
        form.setNeededBy(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10));
        return handoffs.request(actor(requester), form, List.of());
    }

    @Test
    void aRepsAccountsMoveInOneStepWithTheirOpenReviewsAndHandoffs() {
        long first = fixture.customer(Tier.A, "转交客户一", leaving);
        long second = fixture.customer(Tier.B, "转交客户二", leaving);
        AccountReview review = reviews.startByHand(actor(salesManager), first);
        assertEquals(leaving, open(review.getProcessInstanceId(), "prepare").getAssignee());
        Handoff asked = askSupport(leaving, second);
        handoffSteps.decide(actor(supportHead), open(asked.getProcessInstanceId(), "approve").getId(),
                new HandoffSteps.Approval(HandoffSteps.Decision.ASK_INFO, null, null, "Which line?"));
        assertEquals(leaving, open(asked.getProcessInstanceId(), "provideInfo").getAssignee());
        Handoff othersRequest = askSupport(colleague, second);

        assertEquals(2, reassignment.reassignAll(actor(salesManager), leaving, taking));

        assertEquals(List.of(), customerDirectory.managedBy(leaving, jakarta.persistence.LockModeType.NONE));
        assertEquals(2, customerDirectory.managedBy(taking, jakarta.persistence.LockModeType.NONE).size());
        List<ManagerChange> history = customers.managersOf(first);
        assertEquals(leaving, history.get(0).from());
        assertEquals(taking, history.get(0).to());
        assertEquals(salesManager, history.get(0).changedBy());

        AccountReview carried = em.find(AccountReview.class, review.getId());
        assertEquals(taking, carried.getAccountManager());
        assertEquals(salesManager, carried.getSalesManager(), "the new manager's own manager reviews");
        assertEquals(taking, open(review.getProcessInstanceId(), "prepare").getAssignee());
        assertEquals(taking, runtime.getVariable(review.getProcessInstanceId(), "accountManager"));

        Handoff followed = em.find(Handoff.class, asked.getId());
        assertEquals(taking, followed.getRequester());
        Task question = open(asked.getProcessInstanceId(), "provideInfo");
        assertEquals(taking, question.getAssignee());
        assertEquals(taking, runtime.getVariable(asked.getProcessInstanceId(), "requester"));
        handoffSteps.answer(actor(taking), question.getId(), "Line 2, the new one.");
        Handoff others = em.find(Handoff.class, othersRequest.getId());
        assertEquals(colleague, others.getRequester(), "a handoff someone else asked for stays theirs");
    }

    @Test
    void onlyWhoLeadsBothTeamsOrTheDirectorMovesAccountsAndOnlyToSomeoneActive() {
        fixture.customer(Tier.C, "留下的客户", leaving);
        assertRefused("customers.refused.notAllowed", null, () -> reassignment.reassignAll(actor(otherManager), leaving, otherRep));
        assertRefused("customers.refused.notAllowed", null, () -> reassignment.reassignAll(actor(colleague), leaving, taking));
        assertRefused("reassign.refused.successor", "successor", () -> reassignment.reassignAll(actor(salesManager), leaving, otherRep));
        assertRefused("reassign.refused.successor", "successor", () -> reassignment.reassignAll(actor(salesManager), leaving, leaving));
        String gone = fixture.employee(team, "gone-for-good", false);
        assertRefused("reassign.refused.successor", "successor", () -> reassignment.reassignAll(actor(salesManager), leaving, gone));
        assertRefused("reassign.refused.none", null, () -> reassignment.reassignAll(actor(salesManager), colleague, taking));
        assertEquals(1, customerDirectory.managedBy(leaving, jakarta.persistence.LockModeType.NONE).size(), "nothing moved");

        String board = PlatformFixture.unique("DR");
        fixture.department(board, null);
        String director = fixture.member(board, Role.SALES_DIRECTOR);
        assertEquals(1, reassignment.reassignAll(actor(director), leaving, otherRep), "the director across teams");
    }

    @Test
    void aLeavingRepsReviewsHandoffsAndProposalsGoOnWithTheirManagerWhoMayDoTheSteps() {
        long account = fixture.customer(Tier.A, "离职代表的评审客户", leaving);
        AccountReview review = reviews.startByHand(actor(salesManager), account);
        long other = fixture.customer(Tier.C, "离职代表的协作客户", colleague);
        Handoff asked = askSupport(leaving, other); // for a customer they do not manage: only their departure moves it
        handoffSteps.decide(actor(supportHead), open(asked.getProcessInstanceId(), "approve").getId(),
                new HandoffSteps.Approval(HandoffSteps.Decision.ASK_INFO, null, null, "Which line?"));
        var proposal = proposals.propose(actor(leaving), new accord.proposal.control.ProposalInput(
                "离职前提议 " + PlatformFixture.unique("N"), null, null, "理由", null, null, null, null));
        String hr = PlatformFixture.unique("HR");
        fixture.department(hr, null);
        String admin = fixture.member(hr, Role.ADMIN);

        List<String> kinds = departures.workOf(leaving).stream().map(item -> item.kindKey()).distinct().sorted().toList();
        assertTrue(kinds.containsAll(List.of("departure.kind.account", "departure.kind.handoffRequested",
                "departure.kind.proposalWithdrawn", "departure.kind.reviewPrepared")), kinds.toString());

        departures.deactivate(actor(admin), leaving, salesManager);

        AccountReview carried = em.find(AccountReview.class, review.getId());
        assertEquals(salesManager, carried.getAccountManager());
        assertTrue(!salesManager.equals(carried.getSalesManager()), "nobody reviews their own preparation");
        assertEquals(salesManager, open(review.getProcessInstanceId(), "prepare").getAssignee());
        assertEquals(salesManager, em.find(Handoff.class, asked.getId()).getRequester());
        handoffSteps.answer(actor(salesManager), open(asked.getProcessInstanceId(), "provideInfo").getId(), "Line 2.");
        assertEquals(accord.proposal.entity.ProposalStatus.WITHDRAWN, proposals.byNumber(proposal.getNumber()).orElseThrow().getStatus());
        assertEquals(null, runtime.createProcessInstanceQuery().processInstanceId(proposal.getProcessInstanceId()).singleResult());
        assertTrue(departures.workOf(leaving).isEmpty(), "nothing is left with the leaver");
    }

    private long customerOf(String entity, long id) {
        return em.createQuery("select e.customer.id from " + entity + " e where e.id = :id", Long.class).setParameter("id", id)
                .getSingleResult();
    }

    private String code(long customerId) {
        return customerDirectory.byId(customerId).orElseThrow().code();
    }

    @Test
    void twoRecordsOfOneCustomerBecomeOneWithEverythingOnTheOneKept() {
        long kept = fixture.customer(Tier.B, "合并保留", taking);
        long duplicate = fixture.customer(Tier.C, "合并重复", leaving);
        String keptCode = code(kept);
        String duplicateCode = code(duplicate);
        fixture.figure(kept, 2026, 1, "100", "90");
        fixture.figure(duplicate, 2026, 1, "50", "40");
        fixture.figure(duplicate, 2026, 2, "70", "60");
        AccountReview review = reviews.startByHand(actor(salesManager), duplicate);
        Handoff asked = askSupport(leaving, duplicate);
        contacts.add(actor(leaving), duplicate, new Contacts.NewContact("钱经理", null, "021-1234", null, true));
        String agentTeam = PlatformFixture.unique("CS");
        fixture.department(agentTeam, null);
        var complaint = complaintFixture.register(fixture.member(agentTeam, Role.CUSTOMER_SERVICE), duplicate);

        Merges.Preview preview = merges.preview(actor(salesManager), keptCode, duplicateCode);
        assertEquals(java.util.Optional.empty(), preview.refusal());
        assertEquals(java.util.Map.of("merge.kind.complaints", 1L, "merge.kind.handoffs", 1L, "merge.kind.reviews", 1L,
                "merge.kind.figures", 2L, "merge.kind.contacts", 1L), preview.moving().stream()
                .collect(java.util.stream.Collectors.toMap(CustomerParts.Part::kindKey, CustomerParts.Part::count)));

        merges.merge(actor(salesManager), keptCode, duplicateCode);

        assertTrue(customerDirectory.byCode(duplicateCode).isEmpty(), "the duplicate is gone");
        assertEquals(keptCode, merges.mergedAway(duplicateCode).orElseThrow().kept().code(), "its code leads to the one kept");
        assertEquals(List.of("2026Q1 150.00/130.00", "2026Q2 70.00/60.00"), em.createQuery(
                "select f from SalesFigure f where f.customer.id = :id order by f.year, f.quarter", SalesFigure.class)
                .setParameter("id", kept).getResultList().stream()
                .map(f -> f.getYear() + "Q" + f.getQuarter() + " " + f.getTarget() + "/" + f.getActual()).toList(),
                "a quarter both had is added up");
        assertEquals(kept, customerOf("AccountReview", review.getId()));
        assertEquals(taking, em.find(AccountReview.class, review.getId()).getAccountManager(), "the review follows the kept account's manager");
        assertEquals(taking, open(review.getProcessInstanceId(), "prepare").getAssignee());
        assertEquals(kept, customerOf("Handoff", asked.getId()));
        assertEquals(taking, em.find(Handoff.class, asked.getId()).getRequester());
        assertEquals(kept, customerOf("Complaint", complaint.getId()));
        assertEquals(kept, runtime.getVariable(complaint.getProcessInstanceId(), "customerId"), "the case is labelled with the one kept");
        assertEquals("合并保留", runtime.getVariable(complaint.getProcessInstanceId(), "customerName"));
        assertEquals(List.of("钱经理"), contacts.of(kept).stream().map(c -> c.getName()).toList());
    }

    @Test
    void aMergeIsRefusedWhenBothHaveAReviewUnderWayOrTheMergerMayNotKeepBoth() {
        long kept = fixture.customer(Tier.A, "两个评审甲", taking);
        long duplicate = fixture.customer(Tier.A, "两个评审乙", leaving);
        reviews.startByHand(actor(salesManager), kept);
        reviews.startByHand(actor(salesManager), duplicate);
        assertEquals(java.util.Optional.of("merge.refused.twoReviews"),
                merges.preview(actor(salesManager), code(kept), code(duplicate)).refusal());
        assertRefused("merge.refused.twoReviews", null, () -> merges.merge(actor(salesManager), code(kept), code(duplicate)));
        assertRefused("merge.refused.same", "duplicate", () -> merges.merge(actor(salesManager), code(kept), code(kept)));
        assertRefused("merge.refused.notAllowed", null, () -> merges.merge(actor(otherManager), code(kept), code(duplicate)));
        assertRefused("merge.refused.noCustomer", "kept", () -> merges.merge(actor(salesManager), "NO-SUCH", code(duplicate)));
        assertTrue(customerDirectory.byId(duplicate).isPresent(), "nothing merged");
    }

    private static void assertRefused(String key, String field, Runnable action) {
        CustomerRefused refused = assertThrows(CustomerRefused.class, action::run);
        assertEquals(key, refused.messageKey());
        assertEquals(field, refused.field());
    }
}

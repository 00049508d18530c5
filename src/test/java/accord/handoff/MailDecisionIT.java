package accord.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.handoff.boundary.HandoffMailDecisions;
import accord.handoff.boundary.HandoffMailDecisions.OneClick;
import accord.handoff.boundary.HandoffRequests;
import accord.handoff.boundary.HandoffSteps;
import accord.handoff.control.HandoffRefused;
import accord.handoff.control.RequestForm;
import accord.handoff.entity.Handoff;
import accord.handoff.entity.HandoffKind;
import accord.handoff.entity.HandoffStatus;
import accord.inbox.control.TaskFacts;
import accord.mail.control.DecisionLinks;
import accord.mail.control.DecisionLinks.State;
import accord.mail.entity.MailKind;
import accord.mail.entity.OutboxMail;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One-click decisions from a handoff's mails, in the real container: the head's mail carries
 * approve and reject, the requester's accept; each link works once, for its person, until it runs
 * out and while its task waits for them; the decision goes through the task page's rules, and a
 * refused one leaves the link usable; a confidential task's mail carries none.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class MailDecisionIT {

    private static final Pattern BUTTON = Pattern.compile("(?m)^(.+): \\S+/handoffs/decide\\.xhtml\\?link=([A-Za-z0-9_-]{43})$");

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    PlatformFixture fixture;

    @Inject
    HandoffRequests requests;

    @Inject
    HandoffSteps steps;

    @Inject
    HandoffMailDecisions decisions;

    @Inject
    DecisionLinks links;

    @Inject
    HandoffLookup handoffs;

    @Inject
    Directory directory;

    @Inject
    TaskService tasks;

    @PersistenceContext
    EntityManager em;

    private String support;
    private String rep;
    private String head;
    private String engineer;

    @BeforeEach
    void company() {
        String sales = PlatformFixture.unique("SL");
        support = PlatformFixture.unique("TS");
        fixture.department(sales, null);
        fixture.department(support, null);
        rep = fixture.withMail(sales, "en");
        head = fixture.withMail(support, "zh-CN", Role.DEPT_HEAD);
        fixture.appointHead(support, head);
        engineer = fixture.withMail(support, "en");
    }

    private Handoff request() {
        RequestForm form = new RequestForm();
        form.setTargetDepartment(support);
        form.setKind(HandoffKind.TECHNICAL_PROPOSAL);
        form.setSubject("Proposal for line 2");
        form.setDetails("The customer wants a proposal for the second line.");
        form.setAcceptanceCriteria("Covers line 2\nIncludes a price range");
        form.setNeededBy(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10));
        return requests.request(directory.actor(rep), form, List.of());
    }

    /** The decision buttons of the person's latest task mail: their words, in order, and each link's token. */
    private Map<String, String> buttons(String login) {
        List<OutboxMail> mails = em.createQuery("select m from OutboxMail m where m.recipient = :login and m.kind = :kind"
                + " order by m.id desc", OutboxMail.class).setParameter("login", login).setParameter("kind", MailKind.TASK_ASSIGNED)
                .setMaxResults(1).getResultList();
        Map<String, String> buttons = new LinkedHashMap<>();
        Matcher matcher = BUTTON.matcher(mails.isEmpty() ? "" : mails.get(0).getText());
        while (matcher.find()) {
            buttons.put(matcher.group(1), matcher.group(2));
        }
        return buttons;
    }

    private Task open(Handoff handoff, String step) {
        return tasks.createTaskQuery().processInstanceId(handoff.getProcessInstanceId()).taskDefinitionKey(step).singleResult();
    }

    private void approve(String login, String token, String assignee) {
        var actor = directory.actor(login);
        decisions.take(actor, token, OneClick.APPROVE, taskId -> steps.decide(actor, taskId,
                new HandoffSteps.Approval(HandoffSteps.Decision.APPROVE, assignee, null, null)));
    }

    private void reject(String login, String token, String reason) {
        var actor = directory.actor(login);
        decisions.take(actor, token, OneClick.REJECT, taskId -> steps.decide(actor, taskId,
                new HandoffSteps.Approval(HandoffSteps.Decision.REJECT, null, null, reason)));
    }

    @Test
    void theHeadApprovesFromTheMailOnceAndOnlyThemselves() {
        Handoff handoff = request();
        Map<String, String> buttons = buttons(head);
        assertEquals(List.of("批准", "拒绝"), List.copyOf(buttons.keySet()), "the head reads Chinese");
        String approveLink = buttons.get("批准");
        String rejectLink = buttons.get("拒绝");

        assertEquals(State.VALID, links.open(approveLink, head).state());
        assertEquals(State.NOT_YOURS, links.open(approveLink, engineer).state());
        String tampered = (approveLink.charAt(0) == 'A' ? 'B' : 'A') + approveLink.substring(1);
        assertEquals(State.UNKNOWN, links.open(tampered, head).state());
        assertEquals(State.UNKNOWN, links.open(approveLink.substring(1), head).state(), "cut short");
        assertEquals(State.NOT_YOURS, assertThrows(DecisionLinks.LinkRefused.class,
                () -> approve(engineer, approveLink, engineer)).state(), "nobody else spends it");
        assertEquals(State.UNKNOWN, assertThrows(DecisionLinks.LinkRefused.class,
                () -> reject(head, approveLink, "no")).state(), "a link takes its own decision only");

        HandoffRefused noReason = assertThrows(HandoffRefused.class, () -> reject(head, rejectLink, "  "));
        assertEquals("text", noReason.field());
        assertEquals(State.VALID, links.open(rejectLink, head).state(), "a refused decision leaves the link usable");
        assertEquals(HandoffStatus.APPROVAL, handoffs.find(handoff.getId()).getStatus());

        approve(head, approveLink, engineer);
        Handoff approved = handoffs.find(handoff.getId());
        assertEquals(HandoffStatus.IN_PROGRESS, approved.getStatus());
        assertEquals(engineer, approved.getAssignee());
        assertEquals(engineer, open(handoff, "deliver").getAssignee());

        assertEquals(State.USED, links.open(approveLink, head).state());
        assertEquals(State.USED, assertThrows(DecisionLinks.LinkRefused.class, () -> approve(head, approveLink, engineer)).state());
        assertEquals(State.NOT_CURRENT, links.open(rejectLink, head).state(), "the step has moved on");
    }

    @Test
    void aLinkRunsOutAndOneWhoseTaskMovedOnInThePortalIsRefused() {
        Handoff handoff = request();
        String approveLink = buttons(head).get("批准");
        String rejectLink = buttons(head).get("拒绝");

        Task approval = open(handoff, "approve");
        tasks.setAssignee(approval.getId(), engineer);
        assertEquals(State.NOT_CURRENT, links.open(approveLink, head).state(), "handed on in the inbox: no longer the head's");
        tasks.setAssignee(approval.getId(), head);
        assertEquals(State.VALID, links.open(approveLink, head).state());

        fixture.decisionLinksRunOut(head);
        assertEquals(State.EXPIRED, links.open(approveLink, head).state());
        assertEquals(State.EXPIRED, assertThrows(DecisionLinks.LinkRefused.class, () -> approve(head, approveLink, engineer)).state());

        steps.decide(directory.actor(head), approval.getId(), new HandoffSteps.Approval(HandoffSteps.Decision.REJECT, null, null, "Not ours"));
        assertEquals(HandoffStatus.REJECTED, handoffs.find(handoff.getId()).getStatus());
        assertEquals(State.EXPIRED, links.open(rejectLink, head).state());
    }

    @Test
    void theRequesterAcceptsADeliveryFromTheMailAgainstEveryCriterion() {
        Handoff handoff = request();
        approve(head, buttons(head).get("批准"), engineer);
        steps.deliver(directory.actor(engineer), open(handoff, "deliver").getId(), "Proposal v1.");
        Map<String, String> buttons = buttons(rep);
        assertEquals(List.of("Accept the result"), List.copyOf(buttons.keySet()));
        String acceptLink = buttons.get("Accept the result");
        var actor = directory.actor(rep);

        HandoffRefused unticked = assertThrows(HandoffRefused.class, () -> decisions.take(actor, acceptLink, OneClick.ACCEPT,
                taskId -> steps.accept(actor, taskId, new HandoffSteps.Acceptance(true, 1, 5, null))));
        assertEquals("criteria", unticked.field());
        decisions.take(actor, acceptLink, OneClick.ACCEPT, taskId -> steps.accept(actor, taskId, new HandoffSteps.Acceptance(true, 2, 4, null)));
        Handoff accepted = handoffs.find(handoff.getId());
        assertEquals(HandoffStatus.DONE, accepted.getStatus());
        assertEquals(4, accepted.getRating());
        assertTrue(buttons(engineer).isEmpty(), "delivering is no one-click decision");
    }

    @Test
    void aConfidentialTaskNeverCarriesALink() {
        Handoff handoff = request();
        Task approval = open(handoff, "approve");
        approval.setCategory(TaskFacts.CONFIDENTIAL);
        tasks.saveTask(approval);
        tasks.setAssignee(approval.getId(), engineer);
        assertFalse(em.createQuery("select m from OutboxMail m where m.recipient = :login", OutboxMail.class)
                .setParameter("login", engineer).getResultList().isEmpty(), "the engineer is told");
        assertTrue(buttons(engineer).isEmpty());
    }
}

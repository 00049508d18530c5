package accord.handoff.boundary;

import static accord.platform.control.FieldRules.require;
import static accord.platform.control.Input.blank;
import static accord.platform.control.Input.stripped;

import accord.calendar.control.WorkingCalendar;
import accord.calendar.control.WorkingTime;
import accord.handoff.control.Approvers;
import accord.handoff.control.HandoffDeadlines;
import accord.handoff.control.HandoffProcess;
import accord.handoff.control.HandoffRefused;
import accord.handoff.entity.Handoff;
import accord.inbox.boundary.CaseSteps;
import accord.inbox.boundary.TaskActions;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import accord.platform.control.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.flowable.engine.RuntimeService;
import org.flowable.task.api.Task;

/**
 * The steps of a handoff, each in one transaction with the task it completes. TaskActions checks
 * that the actor holds the task; here the handoff's own rules are checked on top, because a task
 * can be handed on in the inbox: only the deciding head (or their deputy) decides and re-assigns,
 * only the assignee delivers, only the requester answers and accepts, and nobody decides on their
 * own request. Every refusal is logged.
 */
@ApplicationScoped
@Transactional
public class HandoffSteps extends CaseSteps<Handoff> {

    /** The third send-back goes to the head. */
    public static final int ESCALATE_AT_SEND_BACK = 3;

    /** The head's decision: approve (and assign, perhaps for a later date), reject, or ask. */
    public enum Decision { APPROVE, REJECT, ASK_INFO }

    public record Approval(@NotNull(message = "handoff.refused.decision") Decision decision, String assignee, LocalDate promisedBy,
            String text) {
    }

    /** The requester's verdict on the delivery: every criterion ticked and a rating, or a reason to send it back. */
    public record Acceptance(boolean accepted, int criteriaTicked, Integer rating, String reason) {
    }


    @Inject
    RuntimeService runtime;

    @Inject
    Directory directory;

    @Inject
    Approvers approvers;

    @Inject
    accord.notice.control.Notices notices;

    @Inject
    WorkingCalendar calendar;

    public HandoffSteps() {
        super(HandoffProcess.KEY, HandoffProcess.ID_VARIABLE, Handoff.class);
    }


    public void decide(Actor actor, String taskId, Approval approval) {
        Task task = lookup.task(taskId, actor);
        Handoff handoff = at(actor, task, HandoffProcess.DECISION_STEPS);
        String approver = (String) runtime.getVariable(task.getProcessInstanceId(), "approver");
        mayDecide(actor, handoff, approver, "decide");
        FieldRules.check(approval, HandoffRefused::new);
        Map<String, Object> variables = new HashMap<>();
        Instant now = Instant.now();
        String comment = stripped(approval.text());
        switch (approval.decision()) {
            case APPROVE -> {
                String assignee = member(actor, handoff, approval.assignee(), "assignee");
                LocalDate promisedBy = approval.promisedBy() == null ? handoff.getNeededBy() : approval.promisedBy();
                require(!promisedBy.isBefore(today()), "promisedBy", "handoff.refused.promisedBy", HandoffRefused::new);
                boolean later = promisedBy.isAfter(handoff.getNeededBy());
                handoff.approved(assignee, promisedBy, now);
                variables.put("approveOutcome", later ? "propose" : "approve");
                variables.put("assignee", assignee);
                variables.putAll(HandoffDeadlines.delivery(workingTime(), now, promisedBy));
            }
            case REJECT -> {
                require(comment != null, "text", "handoff.refused.rejectReason", HandoffRefused::new);
                handoff.rejected(comment, now);
                variables.put("approveOutcome", "reject");
                notices.tell(handoff.getRequester(), "handoff.notice.rejected", "/handoffs/view.xhtml?number=" + handoff.getNumber(),
                        handoff.getNumber(), handoff.getSubject(), comment);
            }
            case ASK_INFO -> {
                require(comment != null, "text", "handoff.refused.question", HandoffRefused::new);
                handoff.askedForInformation();
                variables.put("approveOutcome", "askInfo");
            }
        }
        actions.complete(actor, taskId, comment, variables);
    }

    /** The requester answers the head's question; the decision's working day starts again. */
    public void answer(Actor actor, String taskId, String answer) {
        Task task = lookup.task(taskId, actor);
        Handoff handoff = at(actor, task, Set.of("provideInfo"));
        mayActFor(actor, handoff.getRequester(), handoff, "answer");
        require(!blank(answer), "answer", "handoff.refused.answer", HandoffRefused::new);
        handoff.informationGiven();
        actions.complete(actor, taskId, answer.strip(), new HashMap<>(HandoffDeadlines.decision(workingTime(), Instant.now())));
    }

    /** The requester accepts the later date the head proposed, or withdraws the request. */
    public void considerDate(Actor actor, String taskId, boolean accept, String reason) {
        Task task = lookup.task(taskId, actor);
        Handoff handoff = at(actor, task, Set.of("considerDate"));
        mayActFor(actor, handoff.getRequester(), handoff, "considerDate");
        if (accept) {
            handoff.dateAccepted();
        } else {
            require(!blank(reason), "withdrawReason", "handoff.refused.withdrawReason", HandoffRefused::new);
            handoff.withdrawn(reason.strip(), Instant.now());
        }
        actions.complete(actor, taskId, stripped(reason), Map.of("dateAccepted", accept));
    }

    public void deliver(Actor actor, String taskId, String deliverable) {
        Task task = lookup.task(taskId, actor);
        Handoff handoff = at(actor, task, Set.of("deliver"));
        mayActFor(actor, handoff.getAssignee(), handoff, "deliver");
        require(!blank(deliverable) && deliverable.strip().length() <= Handoff.MAX_DETAILS,
                "deliverable", "handoff.refused.deliverable", HandoffRefused::new);
        handoff.delivered(deliverable.strip(), Instant.now());
        actions.complete(actor, taskId, null, Map.of("deliverOutcome", "delivered"));
    }

    /** The assignee cannot do it: back to the head, with the reason. */
    public void handBack(Actor actor, String taskId, String reason) {
        Task task = lookup.task(taskId, actor);
        Handoff handoff = at(actor, task, Set.of("deliver"));
        mayActFor(actor, handoff.getAssignee(), handoff, "handBack");
        require(!blank(reason), "handBackReason", "handoff.refused.handBackReason", HandoffRefused::new);
        handoff.handedBack();
        actions.complete(actor, taskId, reason.strip(), Map.of("deliverOutcome", "handBack"));
    }

    /** The head gives the work to a member again (after a hand-back or the third send-back). */
    public void reassign(Actor actor, String taskId, String assignee, String comment) {
        Task task = lookup.task(taskId, actor);
        Handoff handoff = at(actor, task, Set.of("reassign"));
        String head = (String) runtime.getVariable(task.getProcessInstanceId(), "targetHead");
        mayDecide(actor, handoff, head, "reassign");
        String member = member(actor, handoff, assignee, "reassignTo");
        handoff.reassigned(member);
        actions.complete(actor, taskId, stripped(comment), Map.of("assignee", member));
    }

    public void accept(Actor actor, String taskId, Acceptance acceptance) {
        Task task = lookup.task(taskId, actor);
        Handoff handoff = at(actor, task, Set.of("accept"));
        mayActFor(actor, handoff.getRequester(), handoff, "accept");
        if (acceptance.accepted()) {
            require(acceptance.criteriaTicked() == handoff.criteria().size(),
                    "criteria", "handoff.refused.criteria.unticked", HandoffRefused::new);
            require(acceptance.rating() != null && acceptance.rating() >= 1 && acceptance.rating() <= 5,
                    "rating", "handoff.refused.rating", HandoffRefused::new);
            handoff.accepted(acceptance.rating(), Instant.now());
        } else {
            require(!blank(acceptance.reason()), "sendBackReason", "handoff.refused.sendBackReason", HandoffRefused::new);
            handoff.sentBack(ESCALATE_AT_SEND_BACK);
        }
        actions.complete(actor, taskId, stripped(acceptance.reason()), Map.of("accepted", acceptance.accepted()));
    }

    private Handoff at(Actor actor, Task task, java.util.Collection<String> steps) {
        return lockedAt(task, steps)
                .orElseThrow(() -> new HandoffRefused(null, "handoff.refused.notThisStep"));
    }

    /** Only whoever decides for the department now (or their deputy), and never on one's own request. */
    private void mayDecide(Actor actor, Handoff handoff, String decider, String what) {
        if (actor.login().equals(handoff.getRequester())) {
            throw denied(actor, AuditWording.of("audit.act.handoff." + what, handoff.getNumber()), "handoff.refused.ownRequest");
        }
        mayActFor(actor, decider, handoff, what);
    }

    private void mayActFor(Actor actor, String person, Handoff handoff, String what) {
        if (!approvers.actsFor(actor.login(), person)) {
            throw denied(actor, AuditWording.of("audit.act.handoff." + what, handoff.getNumber()), "handoff.refused.notYourStep");
        }
    }

    /** An active member of the target department (or of one of its teams). */
    private String member(Actor actor, Handoff handoff, String login, String field) {
        require(login != null && directory.isMember(login, handoff.getTargetDepartment()),
                field, "handoff.refused.assignee", HandoffRefused::new);
        return login;
    }

    /** Refused, logged and recorded: not this person's step. */
    private static HandoffRefused denied(Actor actor, AuditWording action, String messageKey) {
        AccessRefusals.record(actor.login(), action, messageKey);
        return new HandoffRefused(null, messageKey);
    }

    private WorkingTime workingTime() {
        return calendar.workingTime();
    }

    private LocalDate today() {
        return LocalDate.now(workingTime().zone());
    }
}

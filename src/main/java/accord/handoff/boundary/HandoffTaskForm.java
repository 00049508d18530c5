package accord.handoff.boundary;

import accord.handoff.control.HandoffRefused;
import accord.handoff.control.Workload;
import accord.handoff.entity.Handoff;
import accord.inbox.boundary.TaskFailures;
import accord.organisation.control.Directory;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import accord.workflow.control.WorkingCalendar;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The handoff's own form on the task page, one part per step: decide (approve and assign, reject,
 * ask), answer, consider a later date, deliver or hand back, re-assign, accept against the
 * criteria and rate. Problems are said beside their fields; what was typed stays.
 */
@Named
@ViewScoped
public class HandoffTaskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    HandoffSteps steps;

    @Inject
    TaskFailures failures;

    @Inject
    TaskService tasks;

    @Inject
    RuntimeService runtime;

    @Inject
    Directory directory;

    @Inject
    Workload workload;

    @Inject
    WorkingCalendar calendar;

    private boolean loaded;
    private String taskId;
    private String step;
    private HandoffFacts facts;
    private boolean reminded;
    private boolean warned;
    private List<Workload.Member> members = List.of();

    private HandoffSteps.Decision decision = HandoffSteps.Decision.APPROVE;
    private String assignee;
    private LocalDate promisedBy;
    private String text;
    private String answer;
    private Boolean acceptDate;
    private String deliverable;
    private boolean handBack;
    private boolean accepted = true;
    private List<String> ticked = new ArrayList<>();
    private Integer rating;

    private void load() {
        loaded = true;
        taskId = Faces.getRequestParameter("id");
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return;
        }
        steps.of(task).ifPresent(handoff -> {
            step = task.getTaskDefinitionKey();
            facts = HandoffFacts.of(handoff, directory, me.getLocale(), calendar.zone());
            reminded = Boolean.TRUE.equals(runtime.getVariable(task.getProcessInstanceId(), "approvalReminded"));
            warned = Boolean.TRUE.equals(runtime.getVariable(task.getProcessInstanceId(), "deliveryWarned"));
            promisedBy = handoff.getPromisedBy() == null ? handoff.getNeededBy() : handoff.getPromisedBy();
            deliverable = handoff.getDeliverable();
            if (List.of("approve", "approveEscalated", "reassign").contains(step)) {
                members = workload.of(handoff.getTargetDepartment(), LocalDate.now(calendar.zone()));
                assignee = defaultAssignee(handoff);
            }
        });
    }

    /** Re-assigning keeps the current assignee preselected only after a send-back; otherwise the least loaded. */
    private String defaultAssignee(Handoff handoff) {
        if ("reassign".equals(step) && handoff.getSendBackCount() >= HandoffSteps.ESCALATE_AT_SEND_BACK) {
            return handoff.getAssignee();
        }
        return members.stream().map(Workload.Member::login).filter(login -> !login.equals(handoff.getAssignee()))
                .findFirst().orElse(null);
    }

    /** Does this task have the handoff form (and not the generic one)? */
    public boolean isApplies() {
        if (!loaded) {
            load();
        }
        return facts != null;
    }

    public String decide() {
        return attempt(() -> steps.decide(me.actor(), taskId, new HandoffSteps.Approval(decision, assignee, promisedBy, text)));
    }

    public String answer() {
        return attempt(() -> steps.answer(me.actor(), taskId, answer));
    }

    public String considerDate() {
        if (acceptDate == null) {
            Messages.addError("handoff-form:acceptDate", Text.of("handoff.refused.acceptDate"));
            return null;
        }
        return attempt(() -> steps.considerDate(me.actor(), taskId, acceptDate, text));
    }

    public String deliver() {
        return handBack ? attempt(() -> steps.handBack(me.actor(), taskId, text))
                : attempt(() -> steps.deliver(me.actor(), taskId, deliverable));
    }

    public String reassign() {
        return attempt(() -> steps.reassign(me.actor(), taskId, assignee, text));
    }

    public String accept() {
        return attempt(() -> steps.accept(me.actor(), taskId,
                new HandoffSteps.Acceptance(accepted, ticked == null ? 0 : ticked.size(), rating, text)));
    }

    private String attempt(Runnable action) {
        try {
            if (failures.attempt(action, "handoff.step.done", facts.number())) {
                Faces.getFlash().setKeepMessages(true);
                return "/inbox/index?faces-redirect=true&list=mine";
            }
        } catch (HandoffRefused refused) {
            String field = refused.field() == null ? null : "handoff-form:" + refused.field();
            Messages.addError(field, Text.of(refused.messageKey(), refused.arguments()));
        }
        return null;
    }

    public HandoffSteps.Decision[] getDecisions() {
        return HandoffSteps.Decision.values();
    }

    public String getStep() {
        return step;
    }

    public HandoffFacts getFacts() {
        return facts;
    }

    public boolean isReminded() {
        return reminded;
    }

    public boolean isWarned() {
        return warned;
    }

    public List<Workload.Member> getMembers() {
        return members;
    }

    public HandoffSteps.Decision getDecision() {
        return decision;
    }

    public void setDecision(HandoffSteps.Decision decision) {
        this.decision = decision;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public LocalDate getPromisedBy() {
        return promisedBy;
    }

    public void setPromisedBy(LocalDate promisedBy) {
        this.promisedBy = promisedBy;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public Boolean getAcceptDate() {
        return acceptDate;
    }

    public void setAcceptDate(Boolean acceptDate) {
        this.acceptDate = acceptDate;
    }

    public String getDeliverable() {
        return deliverable;
    }

    public void setDeliverable(String deliverable) {
        this.deliverable = deliverable;
    }

    public boolean isHandBack() {
        return handBack;
    }

    public void setHandBack(boolean handBack) {
        this.handBack = handBack;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public void setAccepted(boolean accepted) {
        this.accepted = accepted;
    }

    public List<String> getTicked() {
        return ticked;
    }

    public void setTicked(List<String> ticked) {
        this.ticked = ticked;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }
}

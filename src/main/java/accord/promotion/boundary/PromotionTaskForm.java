package accord.promotion.boundary;

import accord.inbox.boundary.TaskFailures;
import accord.platform.control.Text;
import accord.promotion.control.NominationDetails;
import accord.promotion.control.NominationRefused;
import accord.promotion.control.NominationRules;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The nomination's form on the task page: the nomination with its frozen evidence (and what
 * changed since), then the step's inputs: HR's decision, the nominator's answer, the head's or the
 * director's decision, HR's effective date. Problems are said beside their fields.
 */
@Named
@ViewScoped
public class PromotionTaskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    PromotionSteps steps;

    @Inject
    NominationDetails details;

    @Inject
    TaskService tasks;

    @Inject
    TaskFailures failures;

    private boolean loaded;
    private boolean applies;
    private String taskId;
    private String step;
    private NominationDetails.View view;
    private PromotionSteps.HrDecision decision = PromotionSteps.HrDecision.APPROVE;
    private boolean approved = true;
    private String reason;
    private LocalDate effectiveOn;
    private AssessmentForm assessment = new AssessmentForm();

    private void load() {
        loaded = true;
        taskId = Faces.getRequestParameter("id");
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return;
        }
        steps.of(task).ifPresent(n -> {
            applies = true;
            step = task.getTaskDefinitionKey();
            view = details.of(n, me.getLocale());
            assessment = AssessmentForm.of(view.assessment());
        });
    }

    public boolean isApplies() {
        if (!loaded) {
            load();
        }
        return applies;
    }

    public String decideAsHr() {
        return attempt(() -> steps.hrReview(me.actor(), taskId, decision, reason));
    }

    public String resubmit() {
        List<NominationRules.Problem> problems = assessment.problems(view.levelsUp());
        if (!problems.isEmpty()) {
            problems.forEach(p -> Messages.addError("promotion-form:" + p.field(), Text.of(p.messageKey(), p.arguments())));
            return null;
        }
        return attempt(() -> steps.resubmit(me.actor(), taskId, assessment.assessment()));
    }

    public String decide() {
        return attempt(() -> {
            if ("headApproval".equals(step)) {
                steps.headDecision(me.actor(), taskId, approved, reason);
            } else {
                steps.directorDecision(me.actor(), taskId, approved, reason);
            }
        });
    }

    public String setEffective() {
        return attempt(() -> steps.setEffective(me.actor(), taskId, effectiveOn));
    }

    private String attempt(Runnable action) {
        try {
            if (failures.attempt(action, "promotion.step.done", view.number())) {
                Faces.getFlash().setKeepMessages(true);
                return "/inbox/index?faces-redirect=true&list=mine";
            }
        } catch (NominationRefused refused) {
            Messages.addError(refused.field() == null ? null : "promotion-form:" + refused.field(),
                    Text.of(refused.messageKey(), refused.arguments()));
        }
        return null;
    }

    public PromotionSteps.HrDecision[] getDecisions() {
        return PromotionSteps.HrDecision.values();
    }

    public AssessmentForm getAssessment() {
        return assessment;
    }

    public String getStep() {
        return step;
    }

    public NominationDetails.View getView() {
        return view;
    }

    public PromotionSteps.HrDecision getDecision() {
        return decision;
    }

    public void setDecision(PromotionSteps.HrDecision decision) {
        this.decision = decision;
    }

    public boolean isApproved() {
        return approved;
    }

    public void setApproved(boolean approved) {
        this.approved = approved;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }












}

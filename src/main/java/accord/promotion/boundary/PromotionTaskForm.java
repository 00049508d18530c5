package accord.promotion.boundary;

import accord.inbox.boundary.StepForm;
import accord.platform.control.Text;
import accord.promotion.control.NominationDetails;
import accord.promotion.control.NominationRules;
import accord.promotion.control.PromotionProcess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.flowable.task.api.Task;
import org.omnifaces.util.Messages;

/**
 * The nomination's form on the task page: the nomination with its frozen evidence (and what
 * changed since), then the step's inputs: HR's decision, the nominator's answer, the head's or the
 * director's decision, HR's effective date. Problems are said beside their fields.
 */
@Named
@ViewScoped
public class PromotionTaskForm extends StepForm {

    private static final long serialVersionUID = 1L;

    @Inject
    PromotionSteps steps;

    @Inject
    NominationDetails details;

    private NominationDetails.View view;
    private PromotionSteps.HrDecision decision = PromotionSteps.HrDecision.APPROVE;
    private boolean approved = true;
    private String reason;
    private LocalDate effectiveOn;
    private AssessmentForm assessment = new AssessmentForm();

    public PromotionTaskForm() {
        super(PromotionProcess.KEY, "promotion-form");
    }

    @Override
    protected boolean read(Task task) {
        return steps.of(task).map(n -> {
            view = details.of(n, me.getLocale());
            assessment = AssessmentForm.of(view.assessment());
            return true;
        }).orElse(false);
    }


    public String decideAsHr() {
        return step(() -> steps.hrReview(me.actor(), taskId(), decision, reason));
    }

    public String resubmit() {
        List<NominationRules.Problem> problems = assessment.problems(view.levelsUp());
        if (!problems.isEmpty()) {
            problems.forEach(p -> Messages.addError("promotion-form:" + p.field(), Text.of(p.messageKey(), p.arguments())));
            return null;
        }
        return step(() -> steps.resubmit(me.actor(), taskId(), assessment.assessment()));
    }

    public String decide() {
        return step(() -> {
            if ("headApproval".equals(getStep())) {
                steps.headDecision(me.actor(), taskId(), approved, reason);
            } else {
                steps.directorDecision(me.actor(), taskId(), approved, reason);
            }
        });
    }

    public String setEffective() {
        return step(() -> steps.setEffective(me.actor(), taskId(), effectiveOn));
    }


    private String step(Runnable action) {
        return attempt(action, "promotion.step.done", view.number());
    }

    public PromotionSteps.HrDecision[] getDecisions() {
        return PromotionSteps.HrDecision.values();
    }

    public AssessmentForm getAssessment() {
        return assessment;
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

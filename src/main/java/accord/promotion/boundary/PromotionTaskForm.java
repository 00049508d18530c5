package accord.promotion.boundary;

import accord.inbox.boundary.TaskFailures;
import accord.platform.control.Text;
import accord.promotion.control.NominationDetails;
import accord.promotion.control.NominationRefused;
import accord.promotion.control.NominationRules;
import accord.promotion.entity.Nomination;
import accord.promotion.entity.Readiness;
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
    private Readiness readiness;
    private boolean relocate;
    private String strengths;
    private String weaknesses;
    private String firstSteps;
    private String jumpReason;

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
            Nomination.Assessment a = view.assessment();
            readiness = a.readiness();
            relocate = a.relocate();
            strengths = a.strengths();
            weaknesses = a.weaknesses();
            firstSteps = a.firstSteps();
            jumpReason = a.jumpReason();
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
        Nomination.Assessment assessment = new Nomination.Assessment(readiness, relocate, strengths, weaknesses, firstSteps,
                jumpReason);
        List<NominationRules.Problem> problems = NominationRules.problems(assessment, view.levelsUp());
        if (!problems.isEmpty()) {
            problems.forEach(p -> Messages.addError("promotion-form:" + p.field(), Text.of(p.messageKey(), p.arguments())));
            return null;
        }
        return attempt(() -> steps.resubmit(me.actor(), taskId, assessment));
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

    public Readiness[] getReadinessValues() {
        return Readiness.values();
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

    public Readiness getReadiness() {
        return readiness;
    }

    public void setReadiness(Readiness readiness) {
        this.readiness = readiness;
    }

    public boolean isRelocate() {
        return relocate;
    }

    public void setRelocate(boolean relocate) {
        this.relocate = relocate;
    }

    public String getStrengths() {
        return strengths;
    }

    public void setStrengths(String strengths) {
        this.strengths = strengths;
    }

    public String getWeaknesses() {
        return weaknesses;
    }

    public void setWeaknesses(String weaknesses) {
        this.weaknesses = weaknesses;
    }

    public String getFirstSteps() {
        return firstSteps;
    }

    public void setFirstSteps(String firstSteps) {
        this.firstSteps = firstSteps;
    }

    public String getJumpReason() {
        return jumpReason;
    }

    public void setJumpReason(String jumpReason) {
        this.jumpReason = jumpReason;
    }
}

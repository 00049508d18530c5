package accord.promotion.control;

import accord.casefile.control.CaseVariables;
import accord.grading.entity.Grade;
import accord.promotion.entity.Nomination;
import accord.promotion.entity.NominationStatus;
import java.util.Map;
import java.util.Optional;

/** A nomination's case in the engine: the variables it starts with, and the step each open status stands at. */
public final class PromotionCase {

    private PromotionCase() {
    }

    /** What the promotion process reads, all taken from the nomination (ids and routing facts only). */
    public static Map<String, Object> startVariables(Nomination nomination, Grade target) {
        Map<String, Object> variables = new PromotionProcess.Start(nomination.getId(), nomination.getNominator(),
                nomination.getNominee().login(), nomination.getHeadApprover(), nomination.directorStep()).variables();
        String nominee = nomination.getNominee().displayName();
        variables.put(CaseVariables.SUBJECT, target == null ? nominee : nominee + " → " + target.getNameZh());
        variables.put(CaseVariables.SUBJECT_EN, target == null ? nominee : nominee + " → " + target.getNameEn());
        return variables;
    }

    /** The step of workflows/promotion-approval.bpmn20.xml where a nomination with this status waits. */
    public static Optional<String> stepOf(NominationStatus status) {
        return Optional.ofNullable(switch (status) {
            case HR_REVIEW -> "hrReview";
            case RETURNED -> "moreEvidence";
            case HEAD_APPROVAL -> "headApproval";
            case DIRECTOR_APPROVAL -> "directorApproval";
            case EFFECTIVE_DATE -> "setEffective";
            case SCHEDULED -> "waitEffective";
            case PROMOTED, REJECTED, CANCELLED -> null;
        });
    }
}

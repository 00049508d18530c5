package accord.promotion.control;

import accord.deputy.control.DeputyRouting;
import accord.grading.entity.Grade;
import accord.inbox.control.CaseVariables;
import accord.promotion.entity.Nomination;
import accord.promotion.entity.NominationStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A nomination's case in the engine: the variables it starts with, and the step each open status stands at. */
public final class PromotionCase {

    private PromotionCase() {
    }

    /** What the promotion process reads, all taken from the nomination (ids and routing facts only). */
    public static Map<String, Object> startVariables(Nomination nomination, Grade target) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("nominationId", nomination.getId());
        variables.put("nominator", nomination.getNominator());
        variables.put("nominee", nomination.getNominee().login());
        variables.put("headApprover", nomination.getHeadApprover());
        variables.put("headStep", nomination.getHeadApprover() != null);
        variables.put("directorStep", nomination.directorStep());
        variables.put(DeputyRouting.NOT_TO_DEPUTIES,
                new ArrayList<>(List.of(nomination.getNominator(), nomination.getNominee().login())));
        variables.put("hrDecision", null);
        variables.put("headApproved", false);
        variables.put("directorApproved", false);
        variables.put("effectiveAt", null);
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
            case PROMOTED, REJECTED -> null;
        });
    }
}

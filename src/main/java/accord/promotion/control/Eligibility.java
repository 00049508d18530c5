package accord.promotion.control;

import accord.grading.entity.Grade;
import accord.workflow.control.WorkflowKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.dmn.api.DmnDecisionService;

/**
 * The target grade's requirements checked by workflows/promotion-eligibility.dmn: months in the
 * current grade, attainment over the last four quarters, the satisfaction of the nominee's
 * customers. A failed requirement warns; it does not stop the nomination.
 */
@ApplicationScoped
public class Eligibility {

    /** One requirement: MONTHS_IN_GRADE, ATTAINMENT or SATISFACTION; note MET, SHORT, NO_DATA or NOT_REQUIRED. */
    public record Check(String requirement, boolean passed, String note) implements Serializable {
    }

    @Inject
    DmnDecisionService decisions;

    /** On evidence as Evidence.values() gives it (attainment in percent; an empty figure is unknown). */
    public List<Check> check(Grade target, Map<String, String> evidence) {
        return check(target, Integer.parseInt(evidence.get("monthsInGrade")), number(evidence.get("attainment")),
                number(evidence.get("satisfaction")));
    }

    private static Double number(String text) {
        return text == null || text.isEmpty() ? null : Double.valueOf(text);
    }

    /** Attainment in percent; null figures are unknown. */
    public List<Check> check(Grade target, int monthsInGrade, Double attainmentPercent, Double satisfaction) {
        Map<String, Object> variables = inputs(target, monthsInGrade, attainmentPercent, satisfaction);
        List<Map<String, Object>> results = decisions.createExecuteDecisionBuilder().decisionKey(WorkflowKeys.PROMOTION_ELIGIBILITY)
                .variables(variables).executeDecision();
        if (results.size() != 3) {
            throw new IllegalStateException("promotion-eligibility.dmn gave " + results.size() + " results for " + variables);
        }
        return results.stream().map(r -> new Check((String) r.get("requirement"), Boolean.TRUE.equals(r.get("passed")),
                (String) r.get("note"))).toList();
    }

    /** What the table is asked, on evidence as Evidence.read gives it. */
    public static Map<String, Object> inputs(Grade target, Map<String, String> evidence) {
        return inputs(target, Integer.parseInt(evidence.get("monthsInGrade")), number(evidence.get("attainment")),
                number(evidence.get("satisfaction")));
    }

    private static Map<String, Object> inputs(Grade target, int monthsInGrade, Double attainmentPercent, Double satisfaction) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("monthsInGrade", monthsInGrade);
        variables.put("requiredMonths", target.getMonthsInGrade());
        variables.put("attainment", attainmentPercent);
        variables.put("requiredAttainment", target.getMinAttainment().doubleValue());
        variables.put("satisfaction", satisfaction);
        variables.put("requiredSatisfaction", target.getMinSatisfaction() == null ? null : target.getMinSatisfaction().doubleValue());
        return variables;
    }

    /** "MONTHS_IN_GRADE=MET;ATTAINMENT=SHORT;…" as kept on the nomination. */
    public static String encode(List<Check> checks) {
        return String.join(";", checks.stream().map(c -> c.requirement() + "=" + c.note()).toList());
    }

    public static List<Check> decode(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split(";")).map(pair -> pair.split("=", 2))
                .map(p -> new Check(p[0], "MET".equals(p[1]) || "NOT_REQUIRED".equals(p[1]), p[1])).toList();
    }
}

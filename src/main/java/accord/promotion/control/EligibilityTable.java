package accord.promotion.control;

import accord.organisation.control.Actor;
import accord.organisation.entity.Role;
import accord.platform.control.Text;
import accord.promotion.entity.Nomination;
import accord.rules.control.FileCodes;
import accord.rules.control.OwnedTable;
import accord.rules.control.TableCheck;
import accord.workflow.control.WorkflowKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The promotion eligibility table as HR edits it (or ADMIN); replayed on the nominations submitted
 * since, on the evidence frozen with each: which would have met a requirement they missed, or missed
 * one they met.
 */
@ApplicationScoped
public class EligibilityTable implements OwnedTable {

    private static final String FILE = "promotion-eligibility.dmn";

    @Inject
    PromotionTables nominations;

    @Override
    public String decisionKey() {
        return WorkflowKeys.PROMOTION_ELIGIBILITY;
    }

    @Override
    public String file() {
        return FILE;
    }

    @Override
    public boolean mayEdit(Actor actor) {
        return actor.admin() || actor.isIn(Role.HR.name());
    }

    @Override
    public TableCheck.Domains domains() {
        return new TableCheck.Domains(Map.of(), Map.of(), Map.of("requirement", FileCodes.of(FILE, "requirement"),
                "note", FileCodes.of(FILE, "note")));
    }

    @Override
    public String valueLabel(String column, String code) {
        String key = "evidence." + column + "." + code;
        return Text.has(key) ? Text.of(key) : null;
    }

    @Override
    public List<Map<String, Object>> samples() {
        return List.of(sample(24, 12, 110.0, 90.0, 4.5, 4.0), sample(6, 12, 95.0, 90.0, 3.5, 4.0), sample(12, 12, null, 90.0, null, null));
    }

    private static Map<String, Object> sample(int months, int required, Double attainment, double requiredAttainment,
            Double satisfaction, Double requiredSatisfaction) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("monthsInGrade", months);
        inputs.put("requiredMonths", required);
        inputs.put("attainment", attainment);
        inputs.put("requiredAttainment", requiredAttainment);
        inputs.put("satisfaction", satisfaction);
        inputs.put("requiredSatisfaction", requiredSatisfaction);
        return inputs;
    }

    @Override
    public Replay replay(Evaluator running, Evaluator draft, Instant since) {
        int tried = 0;
        int nowMet = 0;
        int nowMissed = 0;
        List<Changed> changed = new ArrayList<>();
        for (Nomination n : nominations.since(since)) {
            var target = nominations.target(n);
            if (target.isEmpty() || n.getEvidence() == null) {
                continue;
            }
            tried++;
            Map<String, Object> inputs = Eligibility.inputs(target.get(), Evidence.read(n.getEvidence()));
            Map<String, Boolean> before = passed(running.evaluate(inputs));
            Map<String, Boolean> after = passed(draft.evaluate(inputs));
            if (!before.equals(after)) {
                nowMet += after.entrySet().stream().anyMatch(e -> e.getValue() && !before.getOrDefault(e.getKey(), false)) ? 1 : 0;
                nowMissed += after.entrySet().stream().anyMatch(e -> !e.getValue() && before.getOrDefault(e.getKey(), false)) ? 1 : 0;
                changed.add(new Changed(n.getNumber(), PromotionTables.link(n), text(before), text(after)));
            }
        }
        List<String> findings = new ArrayList<>();
        if (nowMet > 0) {
            findings.add(Text.of("rules.replay.eligibility.met", nowMet));
        }
        if (nowMissed > 0) {
            findings.add(Text.of("rules.replay.eligibility.missed", nowMissed));
        }
        return new Replay(tried, findings, changed);
    }

    private static Map<String, Boolean> passed(List<Map<String, Object>> results) {
        return results.stream().collect(Collectors.toMap(r -> String.valueOf(r.get("requirement")),
                r -> Boolean.TRUE.equals(r.get("passed")), (a, b) -> a && b, java.util.TreeMap::new));
    }

    private static String text(Map<String, Boolean> passed) {
        return passed.entrySet().stream().map(e -> Text.of("evidence.requirement." + e.getKey()) + " "
                + (e.getValue() ? "✓" : "✗")).collect(Collectors.joining(", "));
    }
}

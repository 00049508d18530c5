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
import java.util.List;
import java.util.Map;

/**
 * The promotion approval chain as HR edits it (or ADMIN); replayed on the nominations submitted
 * since: which would have gone to the sales director too, or no longer.
 */
@ApplicationScoped
public class ApprovalChainTable implements OwnedTable {

    private static final String FILE = "promotion-approval-chain.dmn";

    @Inject
    PromotionTables nominations;

    @Override
    public String decisionKey() {
        return WorkflowKeys.PROMOTION_APPROVAL_CHAIN;
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
        return new TableCheck.Domains(Map.of(), Map.of("levelsUp", BigDecimal.ONE, "targetLevel", BigDecimal.ONE),
                Map.of("reason", FileCodes.of(FILE, "reason")));
    }

    @Override
    public List<Map<String, Object>> samples() {
        return List.of(Map.of("levelsUp", 1, "targetLevel", 2), Map.of("levelsUp", 1, "targetLevel", 3),
                Map.of("levelsUp", 2, "targetLevel", 3), Map.of("levelsUp", 1, "targetLevel", 4));
    }

    @Override
    public Replay replay(Evaluator running, Evaluator draft, Instant since) {
        int tried = 0;
        int toDirector = 0;
        int notToDirector = 0;
        List<Changed> changed = new ArrayList<>();
        for (Nomination n : nominations.since(since)) {
            var target = nominations.target(n);
            if (target.isEmpty()) {
                continue;
            }
            tried++;
            Map<String, Object> inputs = Map.of("levelsUp", n.getLevelsUp(), "targetLevel", target.get().getLevel());
            boolean before = director(running.evaluate(inputs));
            boolean after = director(draft.evaluate(inputs));
            if (before != after) {
                toDirector += after ? 1 : 0;
                notToDirector += after ? 0 : 1;
                changed.add(new Changed(n.getNumber(), PromotionTables.link(n), word(before), word(after)));
            }
        }
        List<String> findings = new ArrayList<>();
        if (toDirector > 0) {
            findings.add(Text.of("rules.replay.chain.director", toDirector));
        }
        if (notToDirector > 0) {
            findings.add(Text.of("rules.replay.chain.head", notToDirector));
        }
        return new Replay(tried, findings, changed);
    }

    private static boolean director(List<Map<String, Object>> result) {
        return !result.isEmpty() && Boolean.TRUE.equals(result.get(0).get("directorApproval"));
    }

    private static String word(boolean director) {
        return Text.of(director ? "rules.replay.chain.withDirector" : "rules.replay.chain.headOnly");
    }
}

package accord.rules.control;

import accord.organisation.control.Actor;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A decision table a business owner edits in the portal, declared by the component that asks it
 * (found through CDI): who may edit it, the values its columns may take, sample inputs to show
 * before saving, and its replay on real cases (what the edited table would have decided
 * differently, in the business's words).
 */
public interface OwnedTable {

    /** Evaluates a version of the table (the running one, or the draft) for one set of inputs. */
    @FunctionalInterface
    interface Evaluator {
        List<Map<String, Object>> evaluate(Map<String, Object> inputs);
    }

    /** One real case the draft decides otherwise: its number, its page, the decision before and after. */
    record Changed(String number, String link, String before, String after) implements Serializable {
    }

    /** A replay: how many cases were tried, what would have been different (sentences), and the cases that change. */
    record Replay(int cases, List<String> findings, List<Changed> changed) implements Serializable {
    }

    String decisionKey();

    /** Its file in {@code workflows/}. */
    String file();

    boolean mayEdit(Actor actor);

    TableCheck.Domains domains();

    /** Inputs to evaluate before saving, each as the table's variables. */
    List<Map<String, Object>> samples();

    /** The words for a code a column takes or gives (e.g. severity "HIGH"), for the editor's legend; null without. */
    default String valueLabel(String column, String code) {
        return null;
    }

    /** The cases since then decided with the running table and with the draft. */
    Replay replay(Evaluator running, Evaluator draft, Instant since);
}

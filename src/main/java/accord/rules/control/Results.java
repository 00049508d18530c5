package accord.rules.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A table's decision as one line of text: each output's label and value, results separated; none when no row applies. */
public final class Results {

    private Results() {
    }

    public static String text(List<Map<String, Object>> results, RuleTable table, String none) {
        if (results.isEmpty()) {
            return none;
        }
        return results.stream().map(result -> table.getOutputs().stream()
                .map(o -> o.label() + " " + value(result.get(o.expression()))).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    /** A number as written in a table (2, not 2.0). */
    public static String value(Object value) {
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    /** The inputs as one line: each variable (named by its first column) and its value. */
    public static String inputs(Map<String, Object> inputs, RuleTable table) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        table.getInputs().forEach(c -> labels.putIfAbsent(c.expression(), c.label()));
        return labels.entrySet().stream().filter(e -> variablesOf(e.getKey()).stream().allMatch(inputs::containsKey))
                .map(e -> e.getValue() + " " + value(evaluate(e.getKey(), inputs))).collect(Collectors.joining(", "));
    }

    /** A column's expression is a variable, or (eligibility) "a - b" or "a != null". */
    private static List<String> variablesOf(String expression) {
        return java.util.Arrays.stream(expression.split("[^A-Za-z0-9_]+")).filter(w -> !w.isEmpty() && !w.equals("null")).toList();
    }

    private static Object evaluate(String expression, Map<String, Object> inputs) {
        String[] minus = expression.split("\\s*-\\s*");
        if (expression.contains("!= null")) {
            return inputs.get(expression.replace("!= null", "").strip()) != null;
        }
        if (minus.length == 2 && inputs.get(minus[0]) instanceof Number a && inputs.get(minus[1]) instanceof Number b) {
            return a.doubleValue() - b.doubleValue();
        }
        Object value = inputs.get(expression);
        return value == null ? "–" : value;
    }
}

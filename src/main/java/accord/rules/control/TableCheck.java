package accord.rules.control;

import accord.rules.control.Cell.Compare;
import accord.rules.control.Cell.Condition;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What is wrong with an edited table before it may be deployed: a cell not in one of {@link Cell}'s
 * forms or not one of its column's values; a combination of inputs no row covers where the hit
 * policy needs a result; two rows for the same inputs where the hit policy allows only one. Inputs
 * with the same expression (e.g. sales "at least" and "below") are one dimension. Every region of
 * the input space between the tables' bounds is tried once.
 */
public final class TableCheck {

    /** Combinations tried at most; beyond, gaps and overlaps are not looked for (the table says so). */
    static final int MAX_COMBINATIONS = 50_000;

    /** A problem: the message key and its arguments; the row and column (from 0; outputs after inputs), or -1. */
    public record Problem(int row, int column, String key, List<String> arguments) implements Serializable {
    }

    /** What the catalog knows of a table's values: texts an input may take, lowest numbers, codes an output may give. */
    public record Domains(Map<String, List<String>> texts, Map<String, BigDecimal> minimums, Map<String, List<String>> codes)
            implements Serializable {
    }

    private record Point(Object value, String description) {
    }

    private TableCheck() {
    }

    public static List<Problem> check(RuleTable table, Domains domains) {
        List<Problem> problems = new ArrayList<>(cells(table, domains));
        if (problems.isEmpty() && table.getRows().isEmpty()) {
            problems.add(new Problem(-1, -1, "rules.problem.empty", List.of()));
        }
        if (problems.isEmpty()) {
            problems.addAll(coverage(table, domains));
        }
        return problems;
    }

    private static List<Problem> cells(RuleTable table, Domains domains) {
        List<Problem> problems = new ArrayList<>();
        int inputs = table.getInputs().size();
        for (int r = 0; r < table.getRows().size(); r++) {
            RuleTable.Row row = table.getRows().get(r);
            for (int i = 0; i < inputs; i++) {
                RuleTable.Column column = table.getInputs().get(i);
                var condition = Cell.condition(row.getConditions().get(i), column.type());
                List<String> allowed = domains.texts().get(column.expression());
                if (condition.isEmpty()) {
                    problems.add(new Problem(r, i, "rules.problem.condition." + column.type(), List.of()));
                } else if (allowed != null && condition.get() instanceof Cell.Text text && !allowed.contains(text.value())) {
                    problems.add(new Problem(r, i, "rules.problem.value", List.of(String.join(", ", allowed))));
                }
            }
            for (int o = 0; o < table.getOutputs().size(); o++) {
                RuleTable.Column column = table.getOutputs().get(o);
                var value = Cell.output(row.getOutputs().get(o), column.type());
                List<String> codes = domains.codes().get(column.expression());
                if (value.isEmpty()) {
                    problems.add(new Problem(r, inputs + o, "rules.problem.output." + column.type(), List.of()));
                } else if (codes != null && !codes.contains(String.valueOf(value.get()))) {
                    problems.add(new Problem(r, inputs + o, "rules.problem.value", List.of(String.join(", ", codes))));
                }
            }
        }
        return problems;
    }

    private static List<Problem> coverage(RuleTable table, Domains domains) {
        String policy = table.getHitPolicy();
        boolean needsResult = Set.of("UNIQUE", "ANY", "FIRST", "PRIORITY").contains(policy);
        boolean single = "UNIQUE".equals(policy) || "ANY".equals(policy);
        if (!needsResult && !single) {
            return List.of();
        }
        Map<String, List<Integer>> dimensions = new LinkedHashMap<>();
        for (int i = 0; i < table.getInputs().size(); i++) {
            dimensions.computeIfAbsent(table.getInputs().get(i).expression(), e -> new ArrayList<>()).add(i);
        }
        List<String> expressions = new ArrayList<>(dimensions.keySet());
        List<List<Point>> points = new ArrayList<>();
        long combinations = 1;
        for (String expression : expressions) {
            List<Point> p = points(table, dimensions.get(expression), expression, domains);
            points.add(p);
            combinations *= p.size();
        }
        if (combinations > MAX_COMBINATIONS) {
            return List.of(new Problem(-1, -1, "rules.problem.tooLarge", List.of(String.valueOf(combinations))));
        }
        List<Condition[]> rows = table.getRows().stream().map(row -> {
            Condition[] c = new Condition[table.getInputs().size()];
            for (int i = 0; i < c.length; i++) {
                c[i] = Cell.condition(row.getConditions().get(i), table.getInputs().get(i).type()).orElseThrow();
            }
            return c;
        }).toList();
        List<Problem> gaps = new ArrayList<>();
        List<Problem> overlaps = new ArrayList<>();
        int[] at = new int[expressions.size()];
        for (long n = 0; n < combinations; n++) {
            List<Integer> matching = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                if (matches(rows.get(r), table, dimensions, expressions, points, at)) {
                    matching.add(r);
                }
            }
            if (needsResult && matching.isEmpty() && gaps.size() < 3) {
                gaps.add(new Problem(-1, -1, "rules.problem.gap", List.of(describe(table, dimensions, expressions, points, at))));
            }
            if (single && matching.size() > 1 && overlaps.size() < 3 && !sameOutputs(table, matching, policy)) {
                overlaps.add(new Problem(matching.get(1), -1, "rules.problem.overlap", List.of(String.valueOf(matching.get(0) + 1),
                        String.valueOf(matching.get(1) + 1), describe(table, dimensions, expressions, points, at))));
            }
            next(at, points);
        }
        gaps.addAll(overlaps);
        return gaps;
    }

    /** ANY allows rows that overlap when they give the same outputs. */
    private static boolean sameOutputs(RuleTable table, List<Integer> rows, String policy) {
        return "ANY".equals(policy) && rows.stream().map(r -> table.getRows().get(r).getOutputs().stream().map(String::strip).toList())
                .distinct().count() == 1;
    }

    private static boolean matches(Condition[] row, RuleTable table, Map<String, List<Integer>> dimensions, List<String> expressions,
            List<List<Point>> points, int[] at) {
        for (int d = 0; d < expressions.size(); d++) {
            Object value = points.get(d).get(at[d]).value();
            for (int column : dimensions.get(expressions.get(d))) {
                if (!row[column].accepts(value)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void next(int[] at, List<List<Point>> points) {
        for (int d = at.length - 1; d >= 0; d--) {
            if (++at[d] < points.get(d).size()) {
                return;
            }
            at[d] = 0;
        }
    }

    private static String describe(RuleTable table, Map<String, List<Integer>> dimensions, List<String> expressions,
            List<List<Point>> points, int[] at) {
        List<String> parts = new ArrayList<>();
        for (int d = 0; d < expressions.size(); d++) {
            String label = table.getInputs().get(dimensions.get(expressions.get(d)).get(0)).label();
            parts.add(label + " " + points.get(d).get(at[d]).description());
        }
        return String.join("; ", parts);
    }

    /** One value of each region of a dimension: each text or flag, each bound and each stretch between bounds. */
    private static List<Point> points(RuleTable table, List<Integer> columns, String expression, Domains domains) {
        Cell.Type type = table.getInputs().get(columns.get(0)).type();
        List<Point> points = new ArrayList<>();
        if (type == Cell.Type.BOOLEAN) {
            return List.of(new Point(true, "= true"), new Point(false, "= false"));
        }
        if (type == Cell.Type.STRING) {
            List<String> known = domains.texts().get(expression);
            Set<String> values = new TreeSet<>(known == null ? List.of() : known);
            if (known == null) {
                table.getRows().forEach(row -> columns.forEach(c -> Cell.condition(row.getConditions().get(c), type)
                        .filter(Cell.Text.class::isInstance).ifPresent(t -> values.add(((Cell.Text) t).value()))));
            }
            values.forEach(v -> points.add(new Point(v, "= \"" + v + "\"")));
            if (known == null) {
                points.add(new Point("\u0000", "∉ " + values));
            }
            return points;
        }
        TreeSet<BigDecimal> bounds = new TreeSet<>();
        table.getRows().forEach(row -> columns.forEach(c -> Cell.condition(row.getConditions().get(c), type)
                .filter(Compare.class::isInstance).ifPresent(x -> bounds.add(((Compare) x).bound()))));
        BigDecimal minimum = domains.minimums().get(expression);
        if (bounds.isEmpty()) {
            return List.of(new Point(minimum == null ? BigDecimal.ZERO : minimum, "*"));
        }
        BigDecimal first = bounds.first();
        if (minimum == null) {
            points.add(new Point(first.subtract(BigDecimal.ONE), "< " + first.toPlainString()));
        } else if (minimum.compareTo(first) < 0) {
            points.add(new Point(minimum, "< " + first.toPlainString()));
        }
        BigDecimal previous = null;
        for (BigDecimal bound : bounds) {
            if (previous != null) {
                points.add(new Point(previous.add(bound).divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_UP),
                        previous.toPlainString() + " … " + bound.toPlainString()));
            }
            if (minimum == null || bound.compareTo(minimum) >= 0) {
                points.add(new Point(bound, "= " + bound.toPlainString()));
            }
            previous = bound;
        }
        points.add(new Point(bounds.last().add(BigDecimal.ONE), "> " + bounds.last().toPlainString()));
        return points;
    }
}

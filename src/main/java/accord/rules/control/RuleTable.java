package accord.rules.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A decision table as its owner edits it: its input and output columns (fixed: the code that asks
 * the table reads them) and its rows, each cell as typed. {@link RuleTables} reads it from and
 * writes it into the table's DMN.
 */
public final class RuleTable implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An input (its expression, e.g. {@code severity}) or an output (its name, e.g. {@code resolveHours}). */
    public record Column(String id, String label, String expression, Cell.Type type) implements Serializable {
    }

    /** One row: a condition per input, a value per output. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String id;
        private final List<String> conditions;
        private final List<String> outputs;

        public Row(String id, List<String> conditions, List<String> outputs) {
            this.id = id;
            this.conditions = new ArrayList<>(conditions);
            this.outputs = new ArrayList<>(outputs);
        }

        /** A new row: any value for every input, its outputs still to fill in. */
        static Row blank(int inputs, int outputs) {
            return new Row("r" + UUID.randomUUID().toString().replace("-", "").substring(0, 12),
                    java.util.Collections.nCopies(inputs, "-"), java.util.Collections.nCopies(outputs, ""));
        }

        Row copy() {
            return new Row(id, conditions, outputs);
        }

        public String getId() { return id; }
        public List<String> getConditions() { return conditions; }
        public List<String> getOutputs() { return outputs; }
    }

    private final String key;
    private final String name;
    private final String hitPolicy;
    private final List<Column> inputs;
    private final List<Column> outputs;
    private final List<Row> rows;

    public RuleTable(String key, String name, String hitPolicy, List<Column> inputs, List<Column> outputs, List<Row> rows) {
        this.key = key;
        this.name = name;
        this.hitPolicy = hitPolicy;
        this.inputs = List.copyOf(inputs);
        this.outputs = List.copyOf(outputs);
        this.rows = new ArrayList<>(rows.stream().map(Row::copy).toList());
    }

    /** The same table with its name and column labels in the reader's words (as the functions give them). */
    public RuleTable named(String newName, java.util.function.Function<Column, String> label) {
        return new RuleTable(key, newName, hitPolicy,
                inputs.stream().map(c -> new Column(c.id(), label.apply(c), c.expression(), c.type())).toList(),
                outputs.stream().map(c -> new Column(c.id(), label.apply(c), c.expression(), c.type())).toList(), rows);
    }

    public RuleTable copy() {
        return new RuleTable(key, name, hitPolicy, inputs, outputs, rows);
    }

    public void addRow() {
        rows.add(Row.blank(inputs.size(), outputs.size()));
    }

    public void removeRow(int index) {
        rows.remove(index);
    }

    public void moveUp(int index) {
        if (index > 0 && index < rows.size()) {
            rows.add(index - 1, rows.remove(index));
        }
    }

    public String getKey() { return key; }
    public String getName() { return name; }
    public String getHitPolicy() { return hitPolicy; }
    public List<Column> getInputs() { return inputs; }
    public List<Column> getOutputs() { return outputs; }
    public List<Row> getRows() { return rows; }
}

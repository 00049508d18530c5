package accord.rules.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The codes a table's text output gives in its file in {@code workflows/} (e.g. the tier's reasons):
 * the code that reads the output knows these and has words for them, so an edit may use only these.
 */
public final class FileCodes {

    private FileCodes() {
    }

    public static List<String> of(String file, String output) {
        try (InputStream in = FileCodes.class.getClassLoader().getResourceAsStream("workflows/" + file)) {
            RuleTable table = RuleTables.read(RuleTables.parse(in.readAllBytes()));
            int column = table.getOutputs().stream().map(RuleTable.Column::expression).toList().indexOf(output);
            return table.getRows().stream().map(row -> Cell.output(row.getOutputs().get(column), Cell.Type.STRING))
                    .flatMap(java.util.Optional::stream).map(String::valueOf).distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

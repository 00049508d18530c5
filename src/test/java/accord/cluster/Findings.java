package accord.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the cluster checks expected and observed, printed as one table at the end. */
final class Findings {

    private record Row(String check, String expected, String observed, boolean held) {
    }

    private final List<Row> rows = new ArrayList<>();

    /** Records a check; an assertion error when it did not hold (the table still shows it). */
    synchronized void check(String check, String expected, String observed, boolean held) {
        rows.add(new Row(check, expected, observed, held));
        System.out.println((held ? "HELD   " : "FAILED ") + check + ": expected " + expected + ", observed " + observed);
        if (!held) {
            throw new AssertionError(check + ": expected " + expected + ", observed " + observed);
        }
    }

    /** A measured figure (no expectation). */
    synchronized void figure(String what, String value) {
        rows.add(new Row(what, "(figure)", value, true));
        System.out.println("FIGURE " + what + ": " + value);
    }

    synchronized String table() {
        StringBuilder table = new StringBuilder("| check | expected | observed | |\n|---|---|---|---|\n");
        for (Row row : rows) {
            table.append("| ").append(row.check()).append(" | ").append(row.expected()).append(" | ").append(row.observed())
                    .append(" | ").append(row.held() ? "✓" : "✗ FAILED").append(" |\n");
        }
        return table.toString();
    }

    synchronized void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, table());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

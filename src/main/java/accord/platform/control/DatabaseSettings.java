package accord.platform.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * Tries the database once as the application deploys and, when it cannot be used, says in one
 * line which {@code accord.db.*} value to fix (and its environment name), instead of the
 * container's page of stack from deep inside the first query.
 */
public final class DatabaseSettings {

    private DatabaseSettings() {
    }

    /** Empty when a connection opens; otherwise the line that names the value to fix. */
    public static Optional<String> problem(DataSource dataSource, Config config) {
        try (Connection connection = dataSource.getConnection()) {
            return Optional.empty();
        } catch (SQLException | RuntimeException failed) {
            return Optional.of(describe(failed, config.getOptionalValue("accord.db.url", String.class).orElse("(not set)"),
                    config.getOptionalValue("accord.db.user", String.class).orElse("(not set)"),
                    config.getOptionalValue("accord.db.datasource-class", String.class).orElse("(not set)")));
        }
    }

    static String describe(Throwable failed, String url, String user, String dataSourceClass) {
        Throwable root = rootOf(failed);
        String why = root.getClass().getSimpleName() + ": " + firstLine(root.getMessage());
        String state = sqlState(failed);
        String fix;
        if (state.startsWith("28")) {
            fix = "accord.db.user / accord.db.password (ACCORD_DB_USER, ACCORD_DB_PASSWORD): the database refused user \"" + user + "\"";
        } else if ("3D000".equals(state)) {
            fix = "accord.db.url (ACCORD_DB_URL): the database it names does not exist: " + url;
        } else if (root instanceof ClassNotFoundException || root instanceof NoClassDefFoundError
                || String.valueOf(root.getMessage()).contains(dataSourceClass)) {
            fix = "accord.db.datasource-class (ACCORD_DB_DATASOURCE_CLASS): no such data source class: " + dataSourceClass;
        } else {
            fix = "accord.db.url (ACCORD_DB_URL): no database answers at " + url;
        }
        return "The database cannot be used; fix " + fix + " (" + why + ")";
    }

    private static String sqlState(Throwable failed) {
        for (Throwable t = failed; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    private static Throwable rootOf(Throwable failed) {
        Throwable root = failed;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }
}

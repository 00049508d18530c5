package accord.platform.control;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure of the database being out of reach (stopped, restarting, the network to it down,
 * the pool unable to open a connection) from a fault of the request itself: the first is answered
 * "try again in a moment" (503), the second is a defect (500).
 */
public final class DatabaseAway {

    private DatabaseAway() {
    }

    /** Somewhere in its causes, the database could not be reached. */
    public static boolean isCause(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return isCause(failure, seen);
    }

    private static boolean isCause(Throwable failure, Set<Throwable> seen) {
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (unreachable(t)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && isCause(sql.getNextException(), seen)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreachable(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof ConnectException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState() == null ? "" : sql.getSQLState();
            // 08: connection exception (SQL standard); 57P01-03: PostgreSQL shutting down or starting.
            if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                return true;
            }
        }
        // The container's pool: no connection could be opened (its SQLException carries no state).
        String name = t.getClass().getName();
        String message = t.getMessage() == null ? "" : t.getMessage();
        return name.endsWith(".PoolingException") || message.contains("Error in allocating a connection");
    }
}

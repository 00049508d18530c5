package accord.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.platform.control.DatabaseAway;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class DatabaseAwayTest {

    @Test
    void aDatabaseOutOfReachIsFoundHoweverDeepItsCause() {
        assertTrue(DatabaseAway.isCause(new PersistenceException("query failed",
                new SQLException("Connection refused", "08001"))), "PostgreSQL's connection state");
        assertTrue(DatabaseAway.isCause(new RuntimeException(new SQLException(
                "Error in allocating a connection. Cause: Connection could not be allocated because: Connection refused"))),
                "the pool's refusal, without a state");
        assertTrue(DatabaseAway.isCause(new SQLException("terminating connection due to administrator command", "57P01")),
                "PostgreSQL stopping");
        assertTrue(DatabaseAway.isCause(new IllegalStateException(new ConnectException("Connection refused"))));
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("I/O error", "08006"));
        assertTrue(DatabaseAway.isCause(batch), "a next exception counts");
    }

    @Test
    void aFaultOfTheRequestIsNotAnOutage() {
        assertFalse(DatabaseAway.isCause(new PersistenceException(new SQLIntegrityConstraintViolationException("duplicate", "23505"))));
        assertFalse(DatabaseAway.isCause(new IllegalArgumentException("no such task")));
        RuntimeException loop = new RuntimeException("a");
        RuntimeException other = new RuntimeException("b", loop);
        loop.initCause(other);
        assertFalse(DatabaseAway.isCause(loop), "a cycle of causes ends");
    }
}

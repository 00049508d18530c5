package accord.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The one line a database that cannot be used gets at deployment names the setting to fix. */
class DatabaseSettingsTest {

    private static final String URL = "jdbc:postgresql://db.example:5432/accord";

    @Test
    void aRefusedLoginNamesUserAndPasswordButNeverThePassword() {
        String line = DatabaseSettings.describe(new SQLException("FATAL: password authentication failed for user \"accord\"", "28P01"),
                URL, "accord", "org.postgresql.ds.PGSimpleDataSource");
        assertTrue(line.startsWith("The database cannot be used; fix accord.db.user / accord.db.password (ACCORD_DB_USER, ACCORD_DB_PASSWORD)"), line);
        assertFalse(line.contains("\n"), "one line");
    }

    @Test
    void aMissingDatabaseOrHostNamesTheUrl() {
        assertTrue(DatabaseSettings.describe(new SQLException("FATAL: database \"acord\" does not exist", "3D000"), URL, "accord", "x")
                .contains("fix accord.db.url (ACCORD_DB_URL): the database it names does not exist: " + URL));
        SQLException refused = new SQLException("Connection to db.example:5432 refused.", "08001", new ConnectException("Connection refused"));
        String line = DatabaseSettings.describe(refused, URL, "accord", "x");
        assertEquals("The database cannot be used; fix accord.db.url (ACCORD_DB_URL): no database answers at " + URL
                + " (ConnectException: Connection refused)", line);
    }

    @Test
    void anUnknownDataSourceClassNamesThatSetting() {
        String line = DatabaseSettings.describe(new RuntimeException("pool", new ClassNotFoundException("org.postgresql.ds.PGSimpleDataSourc")),
                URL, "accord", "org.postgresql.ds.PGSimpleDataSourc");
        assertTrue(line.contains("fix accord.db.datasource-class (ACCORD_DB_DATASOURCE_CLASS): no such data source class"), line);
    }
}

package accord.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the application's own tables up to date before anything else touches them. Flyway
 * owns this schema; EclipseLink never generates DDL. Flowable keeps its own tables.
 */
@Startup
@Singleton
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = AccordDatabase.JNDI_NAME)
    DataSource dataSource;

    // Flyway commits its own DDL: it must not run inside a container transaction.
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        MigrateResult result = flyway(dataSource).migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /**
     * PostgreSQL, or else the embedded H2. The one column type the two spell differently is bytes of
     * any size ({@code ${binary}} in a migration).
     */
    /** The schema's migrations on this database, as the portal runs them (also for tests that check them). */
    public static Flyway flyway(DataSource dataSource) {
        boolean postgres = isPostgreSql(dataSource);
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                // Each database's own migrations (what only one of them can say) beside the common ones.
                .locations("classpath:db/migration", postgres ? "classpath:db/postgresql" : "classpath:db/h2")
                .placeholders(java.util.Map.of("binary", postgres ? "bytea" : "blob"))
                .table("accord_schema_history")
                .load();
    }

    private static boolean isPostgreSql(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The database cannot be reached to migrate it", e);
        }
    }
}

package accord.platform.boundary;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's only DataSource, used by JPA and by the Flowable engine so that both take
 * part in the same container (JTA) transaction.
 *
 * <p>Payara expands the {@code ${MPCONFIG=…}} references at deployment, so one WAR runs on the
 * embedded H2 file database (the defaults in {@code microprofile-config.properties}) or on
 * PostgreSQL when {@code ACCORD_DB_URL} and friends are set in the environment or as system
 * properties.
 */
@DataSourceDefinition(
        name = AccordDatabase.JNDI_NAME,
        className = "${MPCONFIG=accord.db.datasource-class}",
        url = "${MPCONFIG=accord.db.url}",
        user = "${MPCONFIG=accord.db.user}",
        password = "${MPCONFIG=accord.db.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            // Connection.isValid: a round trip to the database. (PostgreSQL's driver answers the
            // "auto-commit" method without asking the server, so a connection cut by a database
            // restart would pass it.)
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class AccordDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/accord";
}

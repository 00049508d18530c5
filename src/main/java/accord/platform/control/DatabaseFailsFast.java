package accord.platform.control;

import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that lost its connection several times, seconds apart: with the
 * database gone every page and the readiness check then hang for ten seconds before they fail, and
 * the balancer's health check times out instead of seeing 503. Payara's pool already validates
 * each connection it hands out, so one immediate retry (a connection dropped by a database
 * restart) is all that helps.
 *
 * <p>This runs first as the application deploys, before anything else opens a connection: a
 * database that cannot be used stops the deployment here with one line naming the setting.
 */
public class DatabaseFailsFast implements SessionCustomizer {

    private static final Logger LOG = Logger.getLogger(DatabaseFailsFast.class.getName());

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(1);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
        if (session.getDatasourceLogin() instanceof DatasourceLogin login && login.getConnector() instanceof JNDIConnector jndi
                && jndi.getDataSource() != null) {
            DatabaseSettings.problem(jndi.getDataSource(), ConfigProvider.getConfig()).ifPresent(line -> {
                LOG.severe(line);
                // EclipseLink would log the refusal once more with a page of its own stack.
                session.getSessionLog().setLevel(SessionLog.OFF);
                throw new DatabaseUnusable(line);
            });
        }
    }

    /** Stops the deployment; the line above says why, so it carries no stack of its own. */
    static final class DatabaseUnusable extends RuntimeException {

        DatabaseUnusable(String line) {
            super(line, null, false, false);
        }
    }
}

package accord.platform.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that lost its connection several times, seconds apart: with the
 * database gone every page and the readiness check then hang for ten seconds before they fail, and
 * the balancer's health check times out instead of seeing 503. Payara's pool already validates
 * each connection it hands out, so one immediate retry (a connection dropped by a database
 * restart) is all that helps.
 */
public class DatabaseFailsFast implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(1);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}

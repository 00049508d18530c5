package accord.mail.boundary;

import accord.mail.control.MailSettings;
import accord.mail.entity.MailState;
import accord.platform.entity.UtcTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Says on the health page how the outbox stands: how many mails wait, how old the oldest is, how
 * many failed. Always UP: a mail server that is away must not take a node out of the load balancer,
 * and a database that is away is the database check's to report (this one then says it cannot count).
 */
@Readiness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    @PersistenceContext
    EntityManager em;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox").up();
        MailSettings settings = MailSettings.current();
        response.withData("server", settings.host().map(host -> host + ":" + settings.port()).orElse("none"));
        try {
            count(response);
        } catch (PersistenceException e) {
            response.withData("waiting", "unknown: the database does not answer");
        }
        return response.build();
    }

    private void count(HealthCheckResponseBuilder response) {
        Object[] waiting = em.createQuery("select count(m), min(m.createdAt) from OutboxMail m where m.state in :waiting", Object[].class)
                .setParameter("waiting", java.util.List.of(MailState.PENDING, MailState.SENDING)).getSingleResult();
        response.withData("waiting", ((Number) waiting[0]).longValue());
        if (waiting[1] != null) {
            response.withData("oldestWaitingSeconds",
                    Duration.between(UtcTime.instant((LocalDateTime) waiting[1]), Instant.now()).toSeconds());
        }
        response.withData("failed", em.createQuery("select count(m) from OutboxMail m where m.state = :failed", Long.class)
                .setParameter("failed", MailState.FAILED).getSingleResult());
    }
}

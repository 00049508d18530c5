package accord.complaint.control;

import accord.calendar.control.WorkingTime;
import accord.complaint.entity.Severity;
import accord.customer.entity.Tier;
import accord.workflow.control.WorkflowKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.flowable.dmn.api.DmnDecisionService;

/**
 * A complaint's deadlines: the working hours of workflows/complaint-sla.dmn for its severity and
 * the customer's tier, counted in working time from registration. The assignee is warned at
 * 80 % of the resolution time.
 */
@ApplicationScoped
public class ComplaintSla {

    /** When the complaint must be answered and resolved, and when its assignee is warned. */
    public record Deadlines(Instant responseDue, Instant resolveDue, Instant warnAt) {

        /** To the second: the engine keeps due dates in milliseconds, the database in microseconds. */
        public Deadlines {
            responseDue = responseDue.truncatedTo(ChronoUnit.SECONDS);
            resolveDue = resolveDue.truncatedTo(ChronoUnit.SECONDS);
            warnAt = warnAt.truncatedTo(ChronoUnit.SECONDS);
        }
    }

    static final double WARN_AT = 0.8;

    @Inject
    DmnDecisionService decisions;

    public Deadlines from(Instant registeredAt, Severity severity, Tier tier, WorkingTime workingTime) {
        Map<String, Object> hours = decisions.createExecuteDecisionBuilder().decisionKey(WorkflowKeys.COMPLAINT_SLA)
                .variables(inputs(severity, tier)).executeWithSingleResult();
        return deadlines(registeredAt, severity, tier, workingTime, hours);
    }

    /** What the table is asked. */
    public static Map<String, Object> inputs(Severity severity, Tier tier) {
        return Map.of("severity", severity.name(), "tier", tier.name());
    }

    /** The deadlines from registration for the table's answer (hours to respond and to resolve). */
    public static Deadlines deadlines(Instant registeredAt, Severity severity, Tier tier, WorkingTime workingTime,
            Map<String, Object> hours) {
        if (hours == null || hours.isEmpty()) {
            throw new IllegalStateException("complaint-sla.dmn has no row for " + severity + " and tier " + tier);
        }
        Duration respond = Duration.ofMinutes(Math.round(((Number) hours.get("respondHours")).doubleValue() * 60));
        Duration resolve = Duration.ofMinutes(Math.round(((Number) hours.get("resolveHours")).doubleValue() * 60));
        return new Deadlines(workingTime.plus(registeredAt, respond), workingTime.plus(registeredAt, resolve),
                workingTime.plus(registeredAt, Duration.ofMinutes(Math.round(resolve.toMinutes() * WARN_AT))));
    }
}

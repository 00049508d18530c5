package accord.platform.control;

import accord.platform.entity.AuditAction;
import accord.platform.entity.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;

/**
 * Writes audit lines. A line joins the transaction of what it records (so an action rolled back
 * leaves none); an event without one (a refused access, a failed sign-in) gets its own.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** What the signed-in person did (or the system, in a timer or job), on what, with what detail. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(AuditAction action, String subject, String detail) {
        recordAs(caller(), action, subject, detail);
    }

    /** The same for an actor known otherwise: the login typed at a sign-in. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordAs(String actor, AuditAction action, String subject, String detail) {
        em.persist(new AuditEntry(Instant.now(clock), actor, action, subject, detail, ClientAddress.current()));
    }

    /**
     * A refused access (someone else's task, case, file): a line of its own, since what was asked
     * for is rolled back with the refusal.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(String actor, String what, String why) {
        recordAs(actor, AuditAction.ACCESS_REFUSED, what, why);
    }

    /**
     * The same from code that has no audit trail at hand (a static refusal helper); the refusal
     * stands whether or not it could be written down (the database may be what is missing).
     */
    public static void refusal(String actor, String what, String why) {
        try {
            CDI.current().select(AuditTrail.class).get().refused(actor, what, why);
        } catch (RuntimeException notWritten) {
            java.util.logging.Logger.getLogger(AuditTrail.class.getName())
                    .log(java.util.logging.Level.WARNING, "Could not record a refused access to " + LogText.of(what), notWritten);
        }
    }

    /** The signed-in person's login, or null in a timer or job. */
    static String caller() {
        try {
            Principal principal = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
            return principal == null ? null : principal.getName();
        } catch (RuntimeException noCallerHere) {
            return null;
        }
    }
}

package accord.platform.control;

import java.util.logging.Logger;

/**
 * A refused access (the person may not do this, whatever they type): one warning in the log and one
 * line of the audit trail, in the same words. Refusals of what was typed (a missing reason, a date in
 * the past) are answered beside the field and are not recorded: they are not attempts on someone
 * else's work.
 */
public final class AccessRefusals {

    private static final Logger LOG = Logger.getLogger(AccessRefusals.class.getName());

    private AccessRefusals() {
    }

    /**
     * {@code actor} may not {@code action} (what and on what, e.g. "start a review of C1042"), for the
     * reason {@code why} (the message key the person is shown, and what filled it). The log says it
     * in English; the audit trail keeps the words, to say them in its reader's language.
     */
    public static void record(String actor, AuditWording action, String why, Object... whyArguments) {
        LOG.warning(() -> "Refused: " + actor + " may not " + LogText.of(action.inEnglish()) + " (" + why + ")");
        AuditTrail.refusal(actor, action.stored(), AuditWording.of(why, whyArguments).stored());
    }
}

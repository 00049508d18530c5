package accord.operations.control;

import accord.organisation.control.Actor;
import accord.platform.control.FieldRefused;

/** An operations action the rules do not allow; {@link #field()} names the form field, if any. */
public class OperationsRefused extends FieldRefused {

    private static final long serialVersionUID = 1L;

    /** The longest reason kept: a sentence or two, as it goes into the audit trail and the case's end. */
    public static final int MAX_REASON = 500;

    public OperationsRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }

    /** Every operations action and query is ADMIN's alone. */
    public static void unlessAdmin(Actor actor) {
        if (actor == null || !actor.admin()) {
            throw new OperationsRefused(null, "operations.refused.notAdmin");
        }
    }

    /** The reason an action needs, said beside the form's {@code reason} field when missing or too long. */
    public static String requireReason(String reason, String missingKey) {
        if (reason == null || reason.isBlank()) {
            throw new OperationsRefused("reason", missingKey);
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new OperationsRefused("reason", "jobs.refused.reasonLength", MAX_REASON);
        }
        return reason.strip();
    }
}

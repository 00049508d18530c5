package accord.operations.control;

import accord.organisation.control.Actor;
import accord.platform.control.FieldRefused;

/** An operations action the rules do not allow; {@link #field()} names the form field, if any. */
public class OperationsRefused extends FieldRefused {

    private static final long serialVersionUID = 1L;

    public OperationsRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }

    /** Every operations action and query is ADMIN's alone. */
    public static void unlessAdmin(Actor actor) {
        if (actor == null || !actor.admin()) {
            throw new OperationsRefused(null, "operations.refused.notAdmin");
        }
    }
}

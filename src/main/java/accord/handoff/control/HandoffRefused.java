package accord.handoff.control;

import accord.platform.control.FieldRefused;

/** A handoff action the rules do not allow; {@link #field()} names the form field it concerns, if any. */
public class HandoffRefused extends FieldRefused {

    private static final long serialVersionUID = 1L;

    public HandoffRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}

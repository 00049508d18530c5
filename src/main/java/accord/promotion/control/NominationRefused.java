package accord.promotion.control;

import accord.platform.control.FieldRefused;

/** A nomination or a step on it that the rules do not allow; {@link #field()} names the form field, if any. */
public class NominationRefused extends FieldRefused {

    private static final long serialVersionUID = 1L;

    public NominationRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}

package accord.target.control;

import accord.platform.control.FieldRefused;

/** A target the rules do not allow; {@link #field()} names the form field, if any. */
public class TargetRefused extends FieldRefused {

    private static final long serialVersionUID = 1L;

    public TargetRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}

package accord.rules.control;

import accord.platform.control.FieldRefused;

/** A rule edit the rules do not allow; {@link #field()} names the form field, if any. */
public class RuleRefused extends FieldRefused {

    private static final long serialVersionUID = 1L;

    public RuleRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}

package accord.security.control;

import accord.platform.control.FieldRefused;

/** A change to a sign-in account the rules do not allow; {@link #field()} names the form field, if any. */
public class AccountRefused extends FieldRefused {

    private static final long serialVersionUID = 1L;

    public AccountRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}

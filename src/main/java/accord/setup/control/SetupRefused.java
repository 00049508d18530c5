package accord.setup.control;

import accord.platform.control.FieldRefused;

/** The setup form as typed cannot create the first administrator; {@link #field()} names the field, if any. */
public class SetupRefused extends FieldRefused {

    private static final long serialVersionUID = 1L;

    public SetupRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}

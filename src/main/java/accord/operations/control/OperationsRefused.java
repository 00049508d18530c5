package accord.operations.control;

import accord.platform.control.FieldRefused;

/** An operations action the rules do not allow; {@link #field()} names the form field, if any. */
public class OperationsRefused extends FieldRefused {

    private static final long serialVersionUID = 1L;

    public OperationsRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}

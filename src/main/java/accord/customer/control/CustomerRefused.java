package accord.customer.control;

import accord.platform.control.FieldRefused;

/** A change to a customer the rules do not allow; {@link #field()} names the form field, if any. */
public class CustomerRefused extends FieldRefused {

    private static final long serialVersionUID = 1L;

    public CustomerRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}

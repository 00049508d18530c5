package accord.visit.control;

import accord.platform.control.FieldRefused;

/** A visit the rules do not allow; {@link #field()} names the form field, if any. */
public class VisitRefused extends FieldRefused {

    private static final long serialVersionUID = 1L;

    public VisitRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}

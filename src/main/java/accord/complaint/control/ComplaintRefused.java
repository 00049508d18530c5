package accord.complaint.control;

import accord.platform.control.FieldRefused;

/** A complaint action the rules do not allow; {@link #field()} names the form field it concerns, if any. */
public class ComplaintRefused extends FieldRefused {

    private static final long serialVersionUID = 1L;

    public ComplaintRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}

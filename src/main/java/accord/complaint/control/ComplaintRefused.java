package accord.complaint.control;

import accord.platform.control.Refused;

/** A complaint action the rules do not allow; {@link #field()} names the form field it concerns, if any. */
public class ComplaintRefused extends Refused {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ComplaintRefused(String field, String messageKey, Object... arguments) {
        super(messageKey, messageKey + (field == null ? "" : " (" + field + ")"), arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

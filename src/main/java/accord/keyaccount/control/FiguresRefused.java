package accord.keyaccount.control;

import accord.platform.control.FieldRefused;

/** A change of figures or tier the rules do not allow; {@link #field()} names the form field, if any. */
public class FiguresRefused extends FieldRefused {

    private static final long serialVersionUID = 1L;

    public FiguresRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}

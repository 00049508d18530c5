package accord.organisation.control;

import accord.platform.control.FieldRefused;

/** A change to the directory the rules do not allow; {@link #field()} names the form field, if any. */
public class DirectoryRefused extends FieldRefused {

    private static final long serialVersionUID = 1L;

    public DirectoryRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}

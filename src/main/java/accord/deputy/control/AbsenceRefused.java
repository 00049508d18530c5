package accord.deputy.control;

import accord.platform.control.Refused;

/** An absence the rules do not allow. */
public class AbsenceRefused extends Refused {

    private static final long serialVersionUID = 1L;

    public AbsenceRefused(String messageKey, Object... arguments) {
        super(messageKey, messageKey, arguments);
    }
}

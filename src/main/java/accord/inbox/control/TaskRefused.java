package accord.inbox.control;

import accord.platform.control.Refused;

/**
 * An action on a task that the rules do not allow, or that came too late (someone else was
 * faster).
 */
public class TaskRefused extends Refused {

    private static final long serialVersionUID = 1L;

    public TaskRefused(String messageKey, String detail, Object... arguments) {
        super(messageKey, detail, arguments);
    }
}

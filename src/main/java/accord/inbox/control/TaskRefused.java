package accord.inbox.control;

/**
 * An action on a task that the rules do not allow, or that came too late (someone else was
 * faster). The key names the message shown to the person; the arguments fill it in.
 */
public class TaskRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public TaskRefused(String messageKey, String detail, Object... arguments) {
        super(detail);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

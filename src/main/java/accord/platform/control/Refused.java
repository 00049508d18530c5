package accord.platform.control;

/**
 * Something a person asked for that the rules do not allow. The key names the message shown to
 * them (see {@link Text}); the arguments fill it in; the detail goes to the log.
 */
public class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public Refused(String messageKey, String detail, Object... arguments) {
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

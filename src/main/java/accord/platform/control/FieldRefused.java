package accord.platform.control;

/** Refused because of what was typed: {@link #field()} names the form field it concerns, if any. */
public class FieldRefused extends Refused {

    private static final long serialVersionUID = 1L;

    private final String field;

    public FieldRefused(String field, String messageKey, Object... arguments) {
        super(messageKey, messageKey + (field == null ? "" : " (" + field + ")"), arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

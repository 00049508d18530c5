package accord.platform.control;

/**
 * A typed value (a login, a reason, a file name, a request parameter, a mail's sender) as it goes
 * into a log line: line breaks and other control characters written out as escapes, so that what
 * someone typed cannot forge a second log line or hide part of one.
 */
public final class LogText {

    private LogText() {
    }

    public static String of(Object value) {
        String text = String.valueOf(value);
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> isHidden(c) ? String.format("\\u%04x", (int) c) : null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (escaped != null) {
                escaped.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    /** Control characters, and the format characters that reorder or hide text (bidirectional overrides, zero widths). */
    static boolean isHidden(char c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || c == '\u2028' || c == '\u2029';
    }
}

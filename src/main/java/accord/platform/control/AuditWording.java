package accord.platform.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words of an audit line said in the reader's language, not the actor's: a message key and its
 * arguments, stored in the line's subject or detail column as text that starts with U+0001, the
 * parts separated by U+001F. An argument that starts with U+0001 is itself a key (a role, a step, a
 * refusal's reason); any other argument (a number, a login, a reason typed) is shown as stored.
 * Text without the mark (typed words, lines written before 2026-12-07) is shown as it is.
 */
public record AuditWording(String key, List<String> arguments) {

    private static final char MARK = '\u0001';
    private static final String SEPARATOR = "\u001F";
    private static final Pattern UNFILLED = Pattern.compile("\\s*\\{\\d+[^}]*}");

    /** Arguments: text as it is, or {@link #key(String)} for a word in the reader's language. */
    public static AuditWording of(String key, Object... arguments) {
        return new AuditWording(key, Arrays.stream(arguments).map(a -> a == null ? "-" : String.valueOf(a)).toList());
    }

    /** An argument said in the reader's language (a key of the bundle). */
    public static String key(String key) {
        return MARK + key;
    }

    /** The text stored for these words. */
    public String stored() {
        StringBuilder text = new StringBuilder().append(MARK).append(key);
        arguments.forEach(argument -> text.append(SEPARATOR).append(argument.replace(SEPARATOR, " ")));
        return text.toString();
    }

    /** What a stored subject or detail says, in the current language (text without the mark as it is). */
    public static String read(String stored) {
        if (stored == null || stored.isEmpty() || stored.charAt(0) != MARK) {
            return stored;
        }
        List<String> parts = new ArrayList<>(Arrays.asList(stored.substring(1).split(SEPARATOR, -1)));
        return new AuditWording(parts.remove(0), parts).said();
    }

    /** The message key of a stored text's words (the text itself when it is not words). */
    public static String keyOf(String stored) {
        return stored == null || stored.isEmpty() || stored.charAt(0) != MARK ? stored : stored.substring(1).split(SEPARATOR, -1)[0];
    }

    /** These words in the current language. */
    public String said() {
        if (!Text.has(key)) {
            return key + (arguments.isEmpty() ? "" : " " + String.join(" ", arguments));
        }
        Object[] filled = arguments.stream().map(AuditWording::argument).toArray();
        String pattern = Text.of(key);
        if (filled.length > 0) {
            try {
                return Text.of(key, filled);
            } catch (IllegalArgumentException notText) {
                // a figure's format given text: said below without it
            }
        }
        // A reason whose figures were not kept reads without its placeholders.
        return pattern.contains("{") ? UNFILLED.matcher(pattern).replaceAll("").replace("''", "'").strip() : pattern;
    }

    /** The same in English, for the log. */
    public String inEnglish() {
        return Text.in(Locale.ENGLISH, this::said);
    }

    private static String argument(String argument) {
        if (argument.isEmpty() || argument.charAt(0) != MARK) {
            return argument;
        }
        String key = argument.substring(1);
        return Text.has(key) ? Text.of(key) : key;
    }
}

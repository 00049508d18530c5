package accord.rules.control;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cell of a decision table in the forms the portal's tables use and Flowable evaluates: a
 * condition is {@code -} (any value), a quoted text ({@code "A"}), {@code true}/{@code false}, or a
 * number with an optional comparison ({@code >= 5000000}, {@code < 5}, {@code 2}); an output is a
 * quoted text, a number or {@code true}/{@code false}. Anything else is refused with the reason, so a
 * table never reaches the engine with a cell it would read differently from the person who typed it.
 */
public final class Cell {

    /** The value types of the tables' columns (DMN typeRef). */
    public enum Type { STRING, NUMBER, BOOLEAN }

    private static final Pattern QUOTED = Pattern.compile("\"([^\"\\\\]*)\"");
    private static final Pattern COMPARISON = Pattern.compile("(<=|>=|<|>|==|!=)?\\s*(-?\\d+(?:\\.\\d+)?)");

    /** A condition: the values of its input it accepts. */
    public sealed interface Condition permits Any, Text, Flag, Compare {
        boolean accepts(Object value);
    }

    public record Any() implements Condition {
        @Override
        public boolean accepts(Object value) {
            return true;
        }
    }

    public record Text(String value) implements Condition {
        @Override
        public boolean accepts(Object other) {
            return value.equals(other);
        }
    }

    public record Flag(boolean value) implements Condition {
        @Override
        public boolean accepts(Object other) {
            return Boolean.valueOf(value).equals(other);
        }
    }

    public record Compare(String operator, BigDecimal bound) implements Condition {
        @Override
        public boolean accepts(Object other) {
            if (!(other instanceof Number number)) {
                return false;
            }
            int c = new BigDecimal(number.toString()).compareTo(bound);
            return switch (operator) {
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                case ">=" -> c >= 0;
                case "!=" -> c != 0;
                default -> c == 0;
            };
        }
    }

    private Cell() {
    }

    public static Type type(String typeRef) {
        return switch (typeRef == null ? "string" : typeRef.toLowerCase(java.util.Locale.ROOT)) {
            case "number", "integer", "long", "double" -> Type.NUMBER;
            case "boolean" -> Type.BOOLEAN;
            default -> Type.STRING;
        };
    }

    /** The condition a cell states for an input of this type, or empty when the cell is not one of the forms. */
    public static Optional<Condition> condition(String cell, Type type) {
        String text = cell == null ? "" : cell.strip();
        if (text.equals("-")) {
            return Optional.of(new Any());
        }
        return switch (type) {
            case STRING -> quoted(text).map(Text::new);
            case BOOLEAN -> flag(text).map(Flag::new);
            case NUMBER -> {
                Matcher m = COMPARISON.matcher(text);
                yield m.matches() ? Optional.of(new Compare(m.group(1) == null ? "==" : m.group(1), new BigDecimal(m.group(2))))
                        : Optional.empty();
            }
        };
    }

    /** The value an output cell gives, or empty when it is not a value of that type. */
    public static Optional<Object> output(String cell, Type type) {
        String text = cell == null ? "" : cell.strip();
        return switch (type) {
            case STRING -> quoted(text).map(v -> (Object) v);
            case BOOLEAN -> flag(text).map(v -> (Object) v);
            case NUMBER -> text.matches("-?\\d+(\\.\\d+)?") ? Optional.of(new BigDecimal(text)) : Optional.empty();
        };
    }

    private static Optional<String> quoted(String text) {
        Matcher m = QUOTED.matcher(text);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<Boolean> flag(String text) {
        return text.equals("true") ? Optional.of(true) : text.equals("false") ? Optional.of(false) : Optional.empty();
    }
}

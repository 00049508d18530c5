package accord.promotion.control;

import accord.platform.control.Secrets;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The figures a nomination rests on, frozen at submission as canonical text ("key=value" lines in
 * a fixed order) with its SHA-256 checksum, so every approver sees the same numbers and a later
 * recount shows what changed. Percentages and averages keep one decimal.
 */
public record Evidence(String period, int monthsInGrade, BigDecimal target, BigDecimal actual, Double attainment,
        Integer quartile, int position, int cohort, int newCustomers, int visits, Double satisfaction, long complaints)
        implements Serializable {

    /** One figure that differs between the frozen evidence and a recount. */
    public record Change(String key, String then, String now) implements Serializable {
    }

    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("period", period);
        values.put("monthsInGrade", String.valueOf(monthsInGrade));
        values.put("target", amount(target));
        values.put("actual", amount(actual));
        values.put("attainment", oneDecimal(attainment));
        values.put("quartile", quartile == null ? "" : String.valueOf(quartile));
        values.put("position", String.valueOf(position));
        values.put("cohort", String.valueOf(cohort));
        values.put("newCustomers", String.valueOf(newCustomers));
        values.put("visits", String.valueOf(visits));
        values.put("satisfaction", oneDecimal(satisfaction));
        values.put("complaints", String.valueOf(complaints));
        return values;
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        values().forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        return text.toString();
    }

    public static String checksum(String text) {
        return Secrets.sha256Hex(text);
    }

    /** The frozen text read back as key → value. */
    public static Map<String, String> read(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return values;
    }

    /** What a recount says differently from the frozen text. */
    public List<Change> changesSince(String frozen) {
        Map<String, String> then = read(frozen);
        List<Change> changes = new ArrayList<>();
        values().forEach((key, now) -> {
            if (!Objects.equals(then.getOrDefault(key, ""), now)) {
                changes.add(new Change(key, then.getOrDefault(key, ""), now));
            }
        });
        return changes;
    }

    private static String amount(BigDecimal value) {
        return value == null ? "" : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String oneDecimal(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }
}

package accord.inbox.control;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A due date as people say it: "in 3 h", "2 d overdue", "今天到期"… in the person's language.
 * Rounds towards the nearer unit so that "in 1 d" is never 47 hours away.
 */
public final class DueText {

    private DueText() {
    }

    public static String of(Instant due, Instant now, Locale locale) {
        if (due == null) {
            return "";
        }
        boolean chinese = "zh".equals(locale.getLanguage());
        Duration left = Duration.between(now, due);
        boolean overdue = left.isNegative();
        String amount = amount(left.abs(), chinese);
        if (chinese) {
            return overdue ? "已逾期 " + amount : amount + "后到期";
        }
        return overdue ? amount + " overdue" : "in " + amount;
    }

    private static String amount(Duration span, boolean chinese) {
        long minutes = span.toMinutes();
        if (minutes < 60) {
            return Math.max(1, minutes) + (chinese ? " 分钟" : " min");
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 24) {
            return hours + (chinese ? " 小时" : " h");
        }
        long days = Math.round(hours / 24.0);
        return days + (chinese ? " 天" : " d");
    }

    /** "overdue", "due-today" (before midnight where the person is) or "": how a row stands out. */
    public static String urgency(Instant due, Instant now, ZoneId zone) {
        if (due == null) {
            return "";
        }
        if (due.isBefore(now)) {
            return "overdue";
        }
        return due.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate()) ? "due-today" : "";
    }
}

package accord.analytics.boundary;

import accord.platform.control.Text;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The months a figures page offers, in the reader's time zone: this month and the 23 before it. A
 * month asked for outside them, or not a month at all, falls back to this month.
 */
final class MonthChoice {

    static final int MONTHS = 24;

    private MonthChoice() {
    }

    static YearMonth of(String asked, ZoneId zone) {
        YearMonth now = YearMonth.now(zone);
        try {
            YearMonth month = asked == null || asked.isBlank() ? now : YearMonth.parse(asked);
            return month.isAfter(now) || month.isBefore(now.minusMonths(MONTHS - 1)) ? now : month;
        } catch (DateTimeParseException notAMonth) {
            return now;
        }
    }

    /** This month and the 23 before it, newest first, as "2026-11". */
    static List<String> offered(ZoneId zone) {
        YearMonth now = YearMonth.now(zone);
        return IntStream.range(0, MONTHS).mapToObj(back -> now.minusMonths(back).toString()).toList();
    }

    /** A month as the reader says it ("November 2026", "2026年11月"). */
    static String name(String value, Locale locale) {
        return YearMonth.parse(value).format(DateTimeFormatter.ofPattern(Text.of("analytics.monthPattern"), locale));
    }

    static Instant start(YearMonth month, ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    static Instant end(YearMonth month, ZoneId zone) {
        return start(month.plusMonths(1), zone);
    }
}

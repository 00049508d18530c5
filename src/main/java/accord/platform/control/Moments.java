package accord.platform.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How a moment reads, on a page and in a mail alike: medium date, short time, in a language and a time zone. */
public final class Moments {

    private Moments() {
    }

    public static String dateTime(Instant instant, Locale language, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language).format(instant.atZone(zone));
    }
}

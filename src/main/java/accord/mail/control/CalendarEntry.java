package accord.mail.control;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A meeting as an iCalendar entry (RFC 5545, {@code METHOD:PUBLISH}) that mail programs offer to
 * add to the calendar: times in UTC, text escaped, lines folded at 75 octets, CRLF line ends.
 */
public final class CalendarEntry {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int LINE_OCTETS = 75;

    private CalendarEntry() {
    }

    /** The entry; {@code uid} stays the same for the same meeting, so a calendar updates it instead of adding another. */
    public static String of(String uid, Instant start, Duration length, String summary, String location, String description,
            Instant stamp) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Accord//Sales workflow portal//EN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + text(uid));
        line(ics, "DTSTAMP:" + UTC.format(stamp));
        line(ics, "DTSTART:" + UTC.format(start));
        line(ics, "DTEND:" + UTC.format(start.plus(length)));
        line(ics, "SUMMARY:" + text(summary));
        if (location != null) {
            line(ics, "LOCATION:" + text(location));
        }
        if (description != null) {
            line(ics, "DESCRIPTION:" + text(description));
        }
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** TEXT values: backslash, semicolon and comma escaped, line breaks as \n. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** A content line, folded: no line longer than 75 octets, a continuation starts with a space; never inside a character. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}

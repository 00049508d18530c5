package accord.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.mail.control.CalendarEntry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A meeting as RFC 5545 wants it: UTC times, escaped text, folded lines that never split a character. */
class CalendarEntryTest {

    private static final Instant START = Instant.parse("2026-12-03T02:30:00Z");

    @Test
    void timesAreUtcAndTextIsEscaped() {
        String ics = CalendarEntry.of("review-KAR-2026-000001@accord", START, Duration.ofHours(1), "Review; Q4, plan",
                "Room 3\\B", "Line one\nLine two", Instant.parse("2026-11-29T00:00:00Z"));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.contains("DTSTART:20261203T023000Z\r\nDTEND:20261203T033000Z\r\n"), ics);
        assertTrue(ics.contains("SUMMARY:Review\\; Q4\\, plan\r\n"), ics);
        assertTrue(ics.contains("LOCATION:Room 3\\\\B\r\n"), ics);
        assertTrue(ics.contains("DESCRIPTION:Line one\\nLine two\r\n"), ics);
        assertTrue(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"), ics);
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String ics = CalendarEntry.of("u", START, Duration.ofHours(1), "年度评审会议：上海恒通精密机械有限公司，讨论明年两条产线的控制系统采购计划与服务安排", null, null,
                START);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:年度评审会议：上海恒通精密机械有限公司，讨论明年两条产线的控制系统采购计划与服务安排\r\n"), unfolded);
        assertEquals(1, Arrays.stream(ics.split("\r\n")).filter(l -> l.startsWith("SUMMARY:")).count());
    }
}

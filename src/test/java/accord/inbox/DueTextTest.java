package accord.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import accord.inbox.control.DueText;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DueTextTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void saysHowLongInThePersonsLanguage() {
        assertEquals("in 3 h", DueText.of(NOW.plus(Duration.ofHours(3)), NOW, Locale.ENGLISH));
        assertEquals("2 d overdue", DueText.of(NOW.minus(Duration.ofHours(49)), NOW, Locale.ENGLISH));
        assertEquals("in 20 min", DueText.of(NOW.plus(Duration.ofMinutes(20)), NOW, Locale.ENGLISH));
        assertEquals("3 小时后到期", DueText.of(NOW.plus(Duration.ofHours(3)), NOW, Locale.SIMPLIFIED_CHINESE));
        assertEquals("已逾期 2 天", DueText.of(NOW.minus(Duration.ofDays(2)), NOW, Locale.SIMPLIFIED_CHINESE));
        assertEquals("", DueText.of(null, NOW, Locale.ENGLISH));
    }

    @Test
    void overdueAndDueTodayStandOut() {
        assertEquals("overdue", DueText.urgency(NOW.minusSeconds(1), NOW, SHANGHAI));
        // 09:00 UTC is 17:00 in Shanghai: 6 h later is still today there, 8 h later is tomorrow.
        assertEquals("due-today", DueText.urgency(NOW.plus(Duration.ofHours(6)), NOW, SHANGHAI));
        assertEquals("", DueText.urgency(NOW.plus(Duration.ofHours(8)), NOW, SHANGHAI));
        assertEquals("", DueText.urgency(null, NOW, SHANGHAI));
    }
}

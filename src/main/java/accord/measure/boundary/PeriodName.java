package accord.measure.boundary;

import accord.measure.control.Period;
import accord.platform.control.Text;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A period as the reader says it: "Q3 2026", "November 2026", "2026" (or 2026年第3季度, 2026年11月, 2026年). */
final class PeriodName {

    private PeriodName() {
    }

    static String of(Period period, Locale language) {
        return switch (period.kind()) {
            case MONTH -> YearMonth.of(period.year(), period.number())
                    .format(DateTimeFormatter.ofPattern(Text.of("analytics.monthPattern"), language));
            case QUARTER -> Text.of("measure.period.quarter", period.year(), period.number());
            case YEAR -> Text.of("measure.period.year", period.year());
        };
    }
}

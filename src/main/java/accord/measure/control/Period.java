package accord.measure.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A month, a quarter or a year of the calendar, with the period before it (a month before January
 * is December of the year before) and the same period a year earlier. Its days in a time zone.
 */
public record Period(Kind kind, int year, int number) implements Serializable {

    public enum Kind { MONTH, QUARTER, YEAR }

    public Period {
        int most = switch (kind) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case YEAR -> 1;
        };
        if (number < 1 || number > most) {
            throw new IllegalArgumentException(kind + " " + number);
        }
    }

    public static Period month(int year, int month) {
        return new Period(Kind.MONTH, year, month);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Kind.QUARTER, year, quarter);
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, 1);
    }

    /** The period holding the day. */
    public static Period of(Kind kind, LocalDate day) {
        return switch (kind) {
            case MONTH -> month(day.getYear(), day.getMonthValue());
            case QUARTER -> quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case YEAR -> year(day.getYear());
        };
    }

    public Period previous() {
        return switch (kind) {
            case MONTH -> number == 1 ? month(year - 1, 12) : month(year, number - 1);
            case QUARTER -> number == 1 ? quarter(year - 1, 4) : quarter(year, number - 1);
            case YEAR -> year(year - 1);
        };
    }

    public Period lastYear() {
        return new Period(kind, year - 1, number);
    }

    public LocalDate firstDay() {
        return switch (kind) {
            case MONTH -> LocalDate.of(year, number, 1);
            case QUARTER -> LocalDate.of(year, 3 * number - 2, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    /** The day after the period's last. */
    public LocalDate endDay() {
        return switch (kind) {
            case MONTH -> firstDay().plusMonths(1);
            case QUARTER -> firstDay().plusMonths(3);
            case YEAR -> firstDay().plusYears(1);
        };
    }

    public Instant start(ZoneId zone) {
        return firstDay().atStartOfDay(zone).toInstant();
    }

    public Instant end(ZoneId zone) {
        return endDay().atStartOfDay(zone).toInstant();
    }

    /** The quarters the period spans whole, for figures kept by quarter: none for a month. */
    public List<Integer> wholeQuarters() {
        return switch (kind) {
            case MONTH -> List.of();
            case QUARTER -> List.of(number);
            case YEAR -> IntStream.rangeClosed(1, 4).boxed().toList();
        };
    }

    /** Its days from Monday to Friday: the days a rep visits customers on. */
    public long workingDays() {
        return firstDay().datesUntil(endDay()).filter(d -> d.getDayOfWeek().getValue() <= 5).count();
    }

    /** "2026-11", "2026-Q4", "2026": how links name it. */
    public String code() {
        return switch (kind) {
            case MONTH -> String.format("%d-%02d", year, number);
            case QUARTER -> year + "-Q" + number;
            case YEAR -> String.valueOf(year);
        };
    }

    /** The period a link names, or empty for anything else. */
    public static java.util.Optional<Period> parse(String code) {
        try {
            if (code.matches("\\d{4}")) {
                return java.util.Optional.of(year(Integer.parseInt(code)));
            }
            if (code.matches("\\d{4}-Q[1-4]")) {
                return java.util.Optional.of(quarter(Integer.parseInt(code.substring(0, 4)), code.charAt(6) - '0'));
            }
            if (code.matches("\\d{4}-(0[1-9]|1[0-2])")) {
                return java.util.Optional.of(month(Integer.parseInt(code.substring(0, 4)), Integer.parseInt(code.substring(5))));
            }
        } catch (RuntimeException notAPeriod) {
            // falls through
        }
        return java.util.Optional.empty();
    }
}

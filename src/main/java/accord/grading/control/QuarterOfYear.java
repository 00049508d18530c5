package accord.grading.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;

/** A calendar quarter: its first day, the one before, and the quarter a day falls in. */
public record QuarterOfYear(int year, int quarter) implements Serializable, Comparable<QuarterOfYear> {

    public QuarterOfYear {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    public static QuarterOfYear of(LocalDate day) {
        return new QuarterOfYear(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
    }

    public QuarterOfYear previous() {
        return quarter == 1 ? new QuarterOfYear(year - 1, 4) : new QuarterOfYear(year, quarter - 1);
    }

    public QuarterOfYear next() {
        return quarter == 4 ? new QuarterOfYear(year + 1, 1) : new QuarterOfYear(year, quarter + 1);
    }

    public QuarterOfYear minus(int quarters) {
        QuarterOfYear q = this;
        for (int i = 0; i < quarters; i++) {
            q = q.previous();
        }
        return q;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public Instant start(ZoneId zone) {
        return firstDay().atStartOfDay(zone).toInstant();
    }

    public Instant end(ZoneId zone) {
        return firstDay().plusMonths(3).atStartOfDay(zone).toInstant();
    }

    @Override
    public int compareTo(QuarterOfYear other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }

    @Override
    public String toString() {
        return year + " Q" + quarter;
    }
}

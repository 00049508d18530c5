package accord.measure.boundary;

import accord.measure.control.Figure;
import accord.measure.control.Measures;
import accord.measure.control.Period;
import accord.platform.control.Text;

/** A figure as the pages say it: "87.5 %", "+3.2 %", "12,400 yuan", "0.45"; or "no data: …" with what is missing. */
final class FigureText {

    private FigureText() {
    }

    static String of(Figure figure, Measures.Unit unit) {
        if (!figure.known()) {
            return Text.of("measure.noData", Text.of(figure.missing()));
        }
        return Text.of("measure.unit." + unit.name(), figure.value());
    }

    /** The figure of a period: a month has no sales of its own (they are kept by quarter), and says that. */
    static String of(Figure figure, Measures.Unit unit, Period period) {
        boolean monthly = !figure.known() && period.kind() == Period.Kind.MONTH && figure.missing().equals("measure.missing.sales");
        return of(monthly ? Figure.missing("measure.missing.salesMonthly") : figure, unit);
    }

    static String percent(Figure figure) {
        return of(figure, Measures.Unit.PERCENT);
    }

    static String percent(double value) {
        return of(Figure.of(value), Measures.Unit.PERCENT);
    }
}

package accord.measure.control;

import accord.measure.control.MeasureInputs.Inputs;
import java.io.Serializable;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The measures of a period from its inputs and the sales of the same period a year earlier (for
 * growth, the only measure that looks back), in the order the page lists them, each with its unit.
 */
public final class Measures {

    /** How a measure's number reads: a percentage, yuan, or a plain number with two decimals. */
    public enum Unit { PERCENT, SIGNED_PERCENT, YUAN, NUMBER }

    /** A measure: its key (messages {@code measure.<key>} and {@code measure.<key>.definition}), unit and formula. */
    public record Measure(String key, Unit unit, BiFunction<Inputs, MeasureInputs.Sales, Figure> formula) implements Serializable {
    }

    public static final List<Measure> ALL = List.of(
            new Measure("attainment", Unit.PERCENT, (now, before) -> MeasureFormulas.attainment(now.actual(), now.target())),
            new Measure("growth", Unit.SIGNED_PERCENT, (now, before) -> MeasureFormulas.growth(now.actual(), before.actual())),
            new Measure("penetration", Unit.PERCENT,
                    (now, before) -> MeasureFormulas.penetration(now.salesReported(), now.bought(), now.potential())),
            new Measure("conversion", Unit.PERCENT,
                    (now, before) -> MeasureFormulas.conversion(now.salesReported(), now.converted(), now.stillProspects())),
            new Measure("retention", Unit.PERCENT, (now, before) -> MeasureFormulas.retention(now.keyAtStart(), now.kept())),
            new Measure("churn", Unit.PERCENT, (now, before) -> MeasureFormulas.churn(now.keyAtStart(), now.kept())),
            new Measure("cancellation", Unit.PERCENT, (now, before) -> MeasureFormulas.cancellation(now.cancelled(), now.orders())),
            new Measure("salesPerVisit", Unit.YUAN, (now, before) -> MeasureFormulas.salesPerVisit(now.actual(), now.visits())),
            new Measure("visitsExisting", Unit.NUMBER, (now, before) -> MeasureFormulas.visitsPerDay(now.visitsEverRecorded(),
                    now.visits() - now.visitsToProspects(), now.workingDays())),
            new Measure("visitsProspects", Unit.NUMBER, (now, before) -> MeasureFormulas.visitsPerDay(now.visitsEverRecorded(),
                    now.visitsToProspects(), now.workingDays())),
            new Measure("satisfaction", Unit.PERCENT, (now, before) -> MeasureFormulas.satisfaction(now.satisfied(), now.answers())),
            new Measure("complaintsPerKeyAccount", Unit.NUMBER,
                    (now, before) -> MeasureFormulas.complaintsPerKeyAccount(now.keyComplaints(), now.keyAtStart())),
            new Measure("resolvedInTime", Unit.PERCENT, (now, before) -> MeasureFormulas.resolvedInTime(now.closedInTime(), now.closed())));

    private Measures() {
    }
}

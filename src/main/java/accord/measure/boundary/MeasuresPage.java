package accord.measure.boundary;

import accord.measure.control.Figure;
import accord.measure.control.Measures;
import accord.measure.control.Period;
import accord.platform.control.Refused;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.omnifaces.cdi.Param;

/**
 * The sales measures ({@code analytics/measures.xhtml?scope=&period=}): a scope the person may see
 * and a month, quarter or year (this quarter of the person's own calendar unless another is
 * chosen), each measure beside the period before and the same period a year earlier, its definition
 * a click away, "no data" with what is missing where it cannot be computed.
 */
@Named
@ViewScoped
public class MeasuresPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A group of periods offered: the last quarters, months and years. */
    public record Periods(String label, List<Period> periods) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    SalesMeasures measures;

    @Inject
    @Param(name = "scope")
    String askedScope;

    @Inject
    @Param(name = "period")
    String askedPeriod;

    private SalesMeasures.Table table;
    private boolean refused;

    public void load() {
        try {
            table = measures.table(me.actor(), getScope(), getPeriod(), me.zone());
        } catch (Refused notYours) {
            refused = true;
        }
    }

    public String getScope() {
        return askedScope == null || askedScope.isBlank() ? "me" : askedScope;
    }

    public Period getPeriod() {
        LocalDate today = LocalDate.now(me.zone());
        return askedPeriod == null ? Period.of(Period.Kind.QUARTER, today)
                : Period.parse(askedPeriod).filter(p -> !p.firstDay().isAfter(today)).orElse(Period.of(Period.Kind.QUARTER, today));
    }

    public List<SalesMeasures.Choice> getScopes() {
        return measures.choices(me.actor());
    }

    public List<Periods> getPeriodGroups() {
        LocalDate today = LocalDate.now(me.zone());
        return List.of(
                new Periods(Text.of("measure.quarters"), Stream.iterate(Period.of(Period.Kind.QUARTER, today), Period::previous).limit(8).toList()),
                new Periods(Text.of("measure.months"), Stream.iterate(Period.of(Period.Kind.MONTH, today), Period::previous).limit(12).toList()),
                new Periods(Text.of("measure.years"), Stream.iterate(Period.of(Period.Kind.YEAR, today), Period::previous).limit(3).toList()));
    }

    /** "Q3 2026", "November 2026", "2026" in the reader's words. */
    public String periodName(Period period) {
        return PeriodName.of(period, me.getLocale());
    }

    /** The month a monthly report of this scope would cover, or null when the scope is not a team or the company. */
    public Period getReportMonth() {
        if (!getScope().equals("company") && !getScope().startsWith("team:")) {
            return null;
        }
        return getPeriod().kind() == Period.Kind.MONTH ? getPeriod() : Period.of(Period.Kind.MONTH, LocalDate.now(me.zone())).previous();
    }

    public boolean isRefused() {
        return refused;
    }

    public SalesMeasures.Table getTable() {
        return table;
    }

    public String name(String key) {
        return Text.of("measure." + key);
    }

    public String definition(String key) {
        return Text.of("measure." + key + ".definition");
    }

    /** The figure as read: "87.5 %", "+3.2 %", "12,400 yuan", "0.45"; or "no data: …" with what is missing. */
    public String value(Figure figure, Measures.Unit unit) {
        return FigureText.of(figure, unit, getPeriod());
    }
}

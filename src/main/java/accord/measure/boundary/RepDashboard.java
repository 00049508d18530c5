package accord.measure.boundary;

import accord.measure.control.Figure;
import accord.measure.control.KeyAccountsAtRisk;
import accord.measure.control.MeasureFormulas;
import accord.measure.control.MeasureInputs;
import accord.measure.control.Period;
import accord.measure.control.Scope;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.flowable.engine.TaskService;

/**
 * The sales part of a rep's home page: attainment this quarter and the four before (a chart and
 * the same figures as a table), the tasks due by the end of this week, and the key accounts at risk
 * (the last reported quarter under 90 % of its target). Read once when the page opens.
 */
@Named
@ViewScoped
public class RepDashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A quarter's attainment. */
    public record Quarter(String label, Figure attainment) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    MeasureInputs inputs;

    @Inject
    TaskService tasks;

    @Inject
    KeyAccountsAtRisk keyAccountsAtRisk;

    private List<Quarter> quarters;
    private List<KeyAccountsAtRisk.Account> atRisk;
    private Long dueThisWeek;

    public List<Quarter> getQuarters() {
        if (quarters == null) {
            Scope mine = Scope.reps(Set.of(me.getLogin()));
            List<Period> last = new ArrayList<>(Stream.iterate(Period.of(Period.Kind.QUARTER, LocalDate.now(me.zone())), Period::previous)
                    .limit(5).toList());
            java.util.Collections.reverse(last);
            quarters = last.stream().map(q -> {
                MeasureInputs.Sales sales = inputs.salesOf(mine, q);
                return new Quarter(Text.of("measure.period.quarter", q.year(), q.number()),
                        MeasureFormulas.attainment(sales.actual(), sales.target()));
            }).toList();
        }
        return quarters;
    }

    /** This quarter's attainment (the last of the chart). */
    public Quarter getThisQuarter() {
        return getQuarters().get(getQuarters().size() - 1);
    }

    /** The latest quarter with sales reported, if any. */
    public Quarter getLastReported() {
        return getQuarters().stream().filter(q -> q.attainment().known()).reduce((a, b) -> b).orElse(null);
    }

    /** The quarters' attainment as a bar chart. */
    public String getChart() {
        return AttainmentChart.of(getQuarters().stream().map(q -> java.util.Map.entry(q.label(), q.attainment())).toList());
    }

    /** Tasks held by the person due by Sunday night of this week, in their time zone. */
    public long getDueThisWeek() {
        if (dueThisWeek == null) {
            LocalDate sunday = LocalDate.now(me.zone()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            dueThisWeek = tasks.createTaskQuery().taskAssignee(me.getLogin())
                    .taskDueBefore(Date.from(sunday.plusDays(1).atStartOfDay(me.zone()).toInstant())).count();
        }
        return dueThisWeek;
    }

    public List<KeyAccountsAtRisk.Account> getAtRisk() {
        if (atRisk == null) {
            atRisk = keyAccountsAtRisk.of(me.getLogin());
        }
        return atRisk;
    }

    public String percent(Figure figure) {
        return FigureText.percent(figure);
    }

    public String percent(double value) {
        return FigureText.percent(value);
    }
}

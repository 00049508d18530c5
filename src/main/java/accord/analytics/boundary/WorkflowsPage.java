package accord.analytics.boundary;

import accord.analytics.control.StepTimes;
import accord.analytics.control.WorkflowPerformance;
import accord.casefile.control.StepNames;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * How the workflows performed in a month ({@code analytics/workflows.xhtml}), for the sales director
 * and ADMIN, and for a department head their departments' steps: the month's days in the reader's
 * time zone.
 */
@Named
@ViewScoped
public class WorkflowsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    WorkflowPerformance performance;

    private String month;
    private transient List<WorkflowPerformance.Flow> flows;

    public boolean isAllowed() {
        return WorkflowPerformance.maySee(me.actor());
    }

    /** The sales director and ADMIN: the whole workflows; a head: their departments' steps. */
    public boolean isWhole() {
        return WorkflowPerformance.seesWholeWorkflows(me.actor());
    }

    public void show() {
        YearMonth chosen = chosen();
        flows = performance.of(me.actor(), chosen.atDay(1).atStartOfDay(me.zone()).toInstant(),
                chosen.plusMonths(1).atDay(1).atStartOfDay(me.zone()).toInstant());
    }

    private YearMonth chosen() {
        YearMonth now = YearMonth.now(me.zone());
        try {
            YearMonth asked = month == null ? now : YearMonth.parse(month);
            return asked.isAfter(now) || asked.isBefore(now.minusMonths(23)) ? now : asked;
        } catch (java.time.format.DateTimeParseException notAMonth) {
            return now;
        }
    }

    public List<WorkflowPerformance.Flow> getFlows() {
        if (flows == null) {
            show();
        }
        return flows;
    }

    /** This month and the 23 before it, newest first, as "2026-11". */
    public List<String> getMonths() {
        YearMonth now = YearMonth.now(me.zone());
        return IntStream.range(0, 24).mapToObj(back -> now.minusMonths(back).toString()).toList();
    }

    /** A month as the reader says it ("November 2026", "2026年11月"). */
    public String monthName(String value) {
        return YearMonth.parse(value).format(DateTimeFormatter.ofPattern(Text.of("analytics.monthPattern"), me.getLocale()));
    }

    public String getMonth() {
        return chosen().toString();
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String workflowName(String key) {
        return StepNames.process(key, key);
    }

    public String stepName(StepTimes.Step step) {
        String key = StepNames.stepKeyOfProcess(step.workflow(), step.step());
        return key == null ? step.step() : Text.of(key);
    }

    public boolean isBottleneck(WorkflowPerformance.Flow flow, StepTimes.Step step) {
        return flow.bottleneck().map(b -> b.step().equals(step.step())).orElse(false) && flow.steps().size() > 1;
    }

    /** A time as a person reads it: "2 d 4 h", "3 h 20 min", "12 min", "under 1 min"; "no data" when there is none. */
    public String duration(Optional<Duration> time) {
        if (time.isEmpty()) {
            return Text.of("analytics.noData");
        }
        Duration d = time.get();
        if (d.toDays() > 0) {
            return Text.of("analytics.days", d.toDays(), d.toHoursPart());
        }
        if (d.toHours() > 0) {
            return Text.of("analytics.hours", d.toHours(), d.toMinutesPart());
        }
        return d.toMinutes() == 0 && !d.isZero() ? Text.of("analytics.underAMinute") : Text.of("analytics.minutes", d.toMinutes());
    }
}

package accord.analytics.boundary;

import accord.casefile.control.StepNames;
import accord.platform.control.Text;
import java.time.Duration;
import java.util.Optional;

/** How the workflow figures are said: workflows and steps by their names, times as a person reads them. */
final class FigureWords {

    private FigureWords() {
    }

    static String workflow(String key) {
        return StepNames.process(key, key);
    }

    static String step(String workflow, String step) {
        String key = StepNames.stepKeyOfProcess(workflow, step);
        return key == null ? step : Text.of(key);
    }

    /** "2 d 4 h", "3 h 20 min", "12 min", "under 1 min"; "no data" when there is none. */
    static String duration(Optional<Duration> time) {
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

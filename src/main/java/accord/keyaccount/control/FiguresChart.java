package accord.keyaccount.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.List;

/** The customer page's chart: target and actual of the last quarters with figures, as Chart.js reads it. */
public final class FiguresChart {

    /** Quarters in the chart. */
    public static final int QUARTERS = 8;

    /** A quarter's bar pair. */
    public record Bar(String label, BigDecimal target, BigDecimal actual) {
    }

    private FiguresChart() {
    }

    /** Bars oldest first; the last {@link #QUARTERS} are drawn. */
    public static String of(List<Bar> bars, String targetLabel, String actualLabel) {
        List<Bar> last = bars.subList(Math.max(0, bars.size() - QUARTERS), bars.size());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder targets = Json.createArrayBuilder();
        JsonArrayBuilder actuals = Json.createArrayBuilder();
        for (Bar bar : last) {
            labels.add(bar.label());
            targets.add(bar.target() == null ? BigDecimal.ZERO : bar.target());
            actuals.add(bar.actual() == null ? BigDecimal.ZERO : bar.actual());
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", targetLabel).add("data", targets)
                                .add("backgroundColor", "#c7d2e8"))
                        .add(Json.createObjectBuilder().add("label", actualLabel).add("data", actuals)
                                .add("backgroundColor", "#5b8def"))))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false))
                .build().toString();
    }
}

package accord.measure.boundary;

import accord.measure.control.Figure;
import accord.platform.control.Text;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Map;

/**
 * Attainment as Chart.js draws it (PrimeFaces' p:chart): a bar per label; a figure without data has
 * no bar rather than a 0. No animation: the figures are there at once, also for reduced motion.
 */
final class AttainmentChart {

    private AttainmentChart() {
    }

    /** Bars in the list's order (two people may share a name: a list, not a map). */
    static String of(List<Map.Entry<String, Figure>> bars) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        bars.forEach(bar -> {
            Figure figure = bar.getValue();
            labels.add(bar.getKey());
            if (figure.known()) {
                values.add(Math.round(figure.value() * 10) / 10.0);
            } else {
                values.addNull();
            }
        });
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Text.of("measure.attainment") + " (%)").add("data", values)
                                .add("backgroundColor", "#5b8def"))))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false).add("animation", false))
                .build().toString();
    }
}

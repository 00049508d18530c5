package accord.complaint.boundary;

import accord.complaint.control.ComplaintRegister;
import accord.complaint.entity.Severity;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The figures above the register's table (open by severity, SLA compliance, time to resolve,
 * satisfaction, the top categories and their chart), counted once per request.
 */
@Named
@RequestScoped
public class RegisterFigures {

    @Inject
    CurrentPerson me;

    @Inject
    ComplaintRegister register;

    private ComplaintRegister.Stats stats;

    /** Counted once per request, whatever the page asks. */
    public ComplaintRegister.Stats getStats() {
        if (stats == null) {
            stats = register.stats(me.actor(), me.zone());
        }
        return stats;
    }

    public String getOpenBySeverity() {
        return String.join(" · ", java.util.Arrays.stream(Severity.values())
                .map(s -> Text.of("severity." + s.name()) + " " + getStats().openBySeverity().getOrDefault(s, 0L)).toList());
    }

    public long getOpenTotal() {
        return getStats().openBySeverity().values().stream().mapToLong(Long::longValue).sum();
    }

    public String getCompliance() {
        Double share = getStats().slaCompliance();
        return share == null ? "—" : Math.round(share * 100) + " %";
    }

    public String getMeanTimeToResolve() {
        java.time.Duration mean = getStats().meanTimeToResolve();
        if (mean == null) {
            return "—";
        }
        return mean.toHours() >= 48 ? Text.of("register.days", mean.toHours() / 24) : Text.of("register.hours", mean.toHours());
    }

    public String getSatisfaction() {
        Double average = getStats().averageSatisfaction();
        return average == null ? "—" : String.format(me.getLocale(), "%.1f / 5", average);
    }

    /** The chart in words, for those who cannot see it: "Delivery 4, Product quality 2". */
    public String getCategorySummary() {
        String figures = getStats().topCategories().stream()
                .map(e -> Text.of("category." + e.getKey().name()) + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(me.isChinese() ? "，" : ", "));
        return Text.of("register.topCategories") + ": " + (figures.isEmpty() ? "—" : figures);
    }

    /** Chart.js configuration of the top five categories of the last 30 days (PrimeFaces' p:chart). */
    public String getCategoryChart() {
        jakarta.json.JsonArrayBuilder labels = jakarta.json.Json.createArrayBuilder();
        jakarta.json.JsonArrayBuilder counts = jakarta.json.Json.createArrayBuilder();
        getStats().topCategories().forEach(e -> {
            labels.add(Text.of("category." + e.getKey().name()));
            counts.add(e.getValue());
        });
        return jakarta.json.Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", jakarta.json.Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder()
                                .add("label", Text.of("register.topCategories")).add("data", counts)
                                .add("backgroundColor", "#5b8def"))))
                .add("options", jakarta.json.Json.createObjectBuilder().add("indexAxis", "y")
                        .add("maintainAspectRatio", false)
                        .add("plugins", jakarta.json.Json.createObjectBuilder().add("legend",
                                jakarta.json.Json.createObjectBuilder().add("display", false)))
                        .add("scales", jakarta.json.Json.createObjectBuilder().add("x", jakarta.json.Json.createObjectBuilder()
                                .add("ticks", jakarta.json.Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}

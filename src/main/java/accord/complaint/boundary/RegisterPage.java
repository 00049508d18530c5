package accord.complaint.boundary;

import accord.complaint.control.ComplaintRegister;
import accord.complaint.control.RegisterFilter;
import accord.complaint.entity.Category;
import accord.complaint.entity.Complaint;
import accord.complaint.entity.ComplaintStatus;
import accord.complaint.entity.Severity;
import accord.inbox.control.DueText;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The complaint register: every complaint the person may see, filtered and paged in the database. */
@Named
@ViewScoped
public class RegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One complaint as the register lists (and exports) it. */
    public record Row(long id, String number, Date registeredAt, String customer, String subject, String category,
            String severity, Severity severityLevel, String department, String status, String resolve, boolean late,
            Integer satisfaction) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    private final RegisterFilter filter = new RegisterFilter();
    private final Rows rows = new Rows(filter);

    /** Each page is a query of its own; the model keeps only the filter. */
    public static class Rows extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        private final RegisterFilter filter;

        Rows(RegisterFilter filter) {
            this.filter = filter;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) register().count(person().actor(), filter, person().zone());
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            ComplaintRegister.Sort sort = null;
            boolean ascending = true;
            for (SortMeta meta : sortBy.values()) {
                sort = ComplaintRegister.Sort.valueOf(meta.getField().toUpperCase());
                ascending = meta.getOrder() != SortOrder.DESCENDING;
            }
            CurrentPerson me = person();
            Actor actor = me.actor();
            Directory directory = CDI.current().select(Directory.class).get();
            Instant now = Instant.now();
            return register().page(actor, filter, me.zone(), sort, ascending, first, pageSize).stream()
                    .map(c -> row(c, directory, me, now)).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.id());
        }

        private static Row row(Complaint c, Directory directory, CurrentPerson me, Instant now) {
            String department = c.getDepartmentCode() == null ? ""
                    : directory.department(c.getDepartmentCode()).map(d -> d.name(me.getLocale())).orElse(c.getDepartmentCode());
            String resolve = c.getStatus().isOpen()
                    ? (c.getPausedAt() != null ? Text.of("complaint.clockPaused") : DueText.of(c.getResolveDue(), now, me.getLocale()))
                    : "";
            return new Row(c.getId(), c.getNumber(), Date.from(c.getRegisteredAt()), c.getCustomer().name(), c.getSubject(),
                    Text.of("category." + c.getCategory().name()), Text.of("severity." + c.getSeverity().name()),
                    c.getSeverity(), department, Text.of("complaint.status." + c.getStatus().name()), resolve,
                    c.isLate(now), c.getSatisfaction());
        }

        private static ComplaintRegister register() {
            return CDI.current().select(ComplaintRegister.class).get();
        }

        private static CurrentPerson person() {
            return CDI.current().select(CurrentPerson.class).get();
        }
    }

    private transient ComplaintRegister.Stats stats;

    /** The figures above the table, counted once per page view. */
    public ComplaintRegister.Stats getStats() {
        if (stats == null) {
            stats = CDI.current().select(ComplaintRegister.class).get().stats(me.actor(), me.zone());
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

    public void search() {
        // The table reloads with the filter as it now is (the model holds the same filter object).
    }

    public ComplaintStatus[] getStatuses() {
        return ComplaintStatus.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public List<accord.organisation.boundary.DepartmentChoice> getDepartments() {
        return accord.organisation.boundary.DepartmentChoice.all(CDI.current().select(Directory.class).get(), me.getLocale());
    }

    public boolean isSeesAll() {
        return ComplaintRegister.seesAll(me.actor());
    }

    public RegisterFilter getFilter() {
        return filter;
    }

    public Rows getRows() {
        return rows;
    }
}

package accord.audit.boundary;

import accord.audit.control.AuditQueries.Filter;
import accord.audit.control.AuditQueries;
import accord.organisation.control.Directory;
import accord.platform.control.AuditTrail;
import accord.platform.control.AuditWording;
import accord.platform.control.TableExport;
import accord.platform.control.Text;
import accord.platform.entity.AuditAction;
import accord.platform.entity.AuditEntry;
import accord.security.boundary.CurrentPerson;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit trail for ADMIN ({@code admin/audit.xhtml}): newest first, by days in the reader's
 * time zone, person, action and text, a page at a time; the same lines as a CSV file, whose
 * taking is itself a line of the trail.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A line as the list shows it. */
    public record Row(long id, String at, String actor, String actorName, AuditAction action, String subject, String detail,
            String address) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    Directory directory;

    @Inject
    AuditTrail trail;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private AuditAction action;
    private String text;
    private final Rows rows = new Rows(this);

    /** Each page is a query of its own; the model asks the page for its filter. */
    public static class Rows extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        private final AuditPage page;

        Rows(AuditPage page) {
            this.page = page;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queries().count(page.filter());
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return page.rows(queries().page(page.filter(), first, pageSize));
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.id());
        }

        private static AuditQueries queries() {
            return CDI.current().select(AuditQueries.class).get();
        }
    }

    /** The days typed, in the reader's zone: from the first day's start to the last day's end. */
    Filter filter() {
        return new Filter(from == null ? null : from.atStartOfDay(me.zone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(me.zone()).toInstant(), actor, action, text);
    }

    List<Row> rows(List<AuditEntry> entries) {
        Map<String, String> names = directory.displayNames(entries.stream().map(AuditEntry::getActor)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        return entries.stream().map(e -> new Row(e.getId(), me.dateTime(e.getAt()), e.getActor(),
                e.getActor() == null ? Text.of("audit.system") : names.getOrDefault(e.getActor(), e.getActor()),
                e.getAction(), AuditWords.subject(e), AuditWords.detail(e), e.getAddress())).toList();
    }

    /** A from-day after the until-day finds nothing: said beside the field instead. */
    public void search() {
        if (from != null && to != null && from.isAfter(to)) {
            Messages.addError("audit:to", Text.of("audit.toBeforeFrom"));
        }
    }

    /** The filtered lines as CSV (at most {@link AuditQueries#MOST_IN_A_FILE}); recorded as an export. */
    public void exportCsv() throws IOException {
        Filter filter = filter();
        AuditQueries queries = CDI.current().select(AuditQueries.class).get();
        long count = queries.count(filter);
        if (count > AuditQueries.MOST_IN_A_FILE) {
            Messages.addGlobalError(Text.of("audit.tooMany", count, AuditQueries.MOST_IN_A_FILE));
            return;
        }
        List<List<String>> lines = rows(queries.page(filter, 0, AuditQueries.MOST_IN_A_FILE)).stream()
                .map(row -> Arrays.asList(row.at(), row.actor() == null ? "" : row.actor(), row.actorName(),
                        Text.of("audit.action." + row.action()), row.subject(), row.detail(), row.address()))
                .toList();
        byte[] file = TableExport.csv(List.of(Text.of("audit.at"), Text.of("audit.login"), Text.of("audit.actor"),
                Text.of("audit.action"), Text.of("audit.subject"), Text.of("audit.detail"), Text.of("audit.address")), lines);
        trail.record(AuditAction.EXPORTED, "audit", AuditWording.of("audit.said.auditExport", lines.size(), day(from), day(to),
                actor, action == null ? null : AuditWording.key("audit.action." + action), text).stored());
        Faces.sendFile(file, "audit-" + LocalDate.now(me.zone()) + ".csv", true);
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    /** The actions in the reader's words, alphabetically. */
    public List<AuditAction> getActions() {
        return Arrays.stream(AuditAction.values()).sorted(Comparator.comparing(a -> Text.of("audit.action." + a))).toList();
    }

    public Rows getRows() { return rows; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public AuditAction getAction() { return action; }
    public void setAction(AuditAction action) { this.action = action; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}

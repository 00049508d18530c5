package accord.complaint.boundary;

import accord.complaint.control.ComplaintRegister;
import accord.complaint.control.RegisterFilter;
import accord.complaint.entity.Complaint;
import accord.complaint.entity.Severity;
import accord.inbox.control.DueText;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.enterprise.inject.spi.CDI;
import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The register's table: the complaints the person may see with the filter as it is, counted, sorted
 * and paged in the database. Each page is a query of its own; the model keeps only the filter.
 */
public class RegisterRows extends LazyDataModel<RegisterRows.Row> {

    /** One complaint as the register lists (and exports) it. */
    public record Row(long id, String number, Date registeredAt, String customer, String subject, String category,
            String severity, Severity severityLevel, String department, String status, String resolve, boolean late,
            Integer satisfaction) implements Serializable {
    }

    private static final long serialVersionUID = 1L;

    private final RegisterFilter filter;

    RegisterRows(RegisterFilter filter) {
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

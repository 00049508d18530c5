package accord.handoff.boundary;

import accord.calendar.control.WorkingCalendar;
import accord.handoff.control.HandoffRegister;
import accord.handoff.entity.Handoff;
import accord.organisation.control.Directory;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.omnifaces.cdi.Param;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The handoffs a person asked for, and those of their department, in and out; paged in the database. */
@Named
@ViewScoped
public class HandoffListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param(name = "scope")
    String scopeAsked;

    /** One handoff as the list shows it. */
    public record Row(long id, String number, Date requestedAt, String subject, String kind, String from, String to,
            String requester, String assignee, LocalDate neededBy, LocalDate promisedBy, String status, boolean late,
            Integer rating) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    private HandoffRegister.Scope scope = HandoffRegister.Scope.MINE;
    private boolean openOnly = true;
    private final Rows rows = new Rows(this);

    /** {@code ?scope=incoming} etc. picks the list. */
    public void load() {
        String asked = scopeAsked;
        if (asked != null) {
            try {
                scope = HandoffRegister.Scope.valueOf(asked.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                scope = HandoffRegister.Scope.MINE;
            }
        }
    }

    /** Each page is a query of its own; the model keeps only the page bean's choices. */
    public static class Rows extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        private final HandoffListPage page;

        Rows(HandoffListPage page) {
            this.page = page;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) register().count(page.me.actor(), page.scope, page.openOnly);
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            String sort = null;
            boolean ascending = false;
            for (SortMeta meta : sortBy.values()) {
                sort = meta.getField();
                ascending = meta.getOrder() != SortOrder.DESCENDING;
            }
            Directory directory = CDI.current().select(Directory.class).get();
            ZoneId zone = CDI.current().select(WorkingCalendar.class).get().zone();
            Locale locale = page.me.getLocale();
            return register().list(page.me.actor(), page.scope, page.openOnly, first, pageSize, sort, ascending).stream()
                    .map(h -> row(h, directory, locale, zone)).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.id());
        }

        private static Row row(Handoff h, Directory directory, Locale locale, ZoneId zone) {
            HandoffFacts facts = HandoffFacts.of(h, directory, locale, zone);
            return new Row(h.getId(), h.getNumber(), Date.from(h.getRequestedAt()), h.getSubject(), facts.kind(),
                    facts.requesterDepartment(), facts.targetDepartment(), facts.requester(),
                    facts.assignee() == null ? "" : facts.assignee(), h.getNeededBy(), h.getPromisedBy(), facts.status(),
                    facts.late(), h.getRating());
        }

        private static HandoffRegister register() {
            return CDI.current().select(HandoffRegister.class).get();
        }
    }

    public HandoffRegister.Scope[] getScopes() {
        return HandoffRegister.Scope.values();
    }

    public String scopeLabel(HandoffRegister.Scope scope) {
        return Text.of("handoff.scope." + scope.name());
    }

    public Rows getRows() {
        return rows;
    }

    public HandoffRegister.Scope getScope() {
        return scope;
    }

    public void setScope(HandoffRegister.Scope scope) {
        this.scope = scope;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }
}

package accord.inbox.boundary;

import accord.inbox.control.DueText;
import accord.inbox.control.ProcessChoices;
import accord.inbox.control.TaskRow;
import accord.inbox.entity.DueFilter;
import accord.inbox.entity.PriorityLevel;
import accord.inbox.entity.SavedFilter;
import accord.inbox.entity.TaskFilter;
import accord.inbox.entity.TaskList;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/** The inbox page: one list at a time, filtered, with claim and release on the rows. */
@Named
@ViewScoped
public class Inbox implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param(name = "list")
    String listAsked;

    @Inject
    @Param(name = "filter")
    String filterAsked;

    @Inject
    CurrentPerson me;

    @Inject
    TaskActions actions;

    @Inject
    ProcessChoices processes;

    @Inject
    TaskFailures failures;

    @Inject
    TaskHolders holders;

    @Inject
    SavedFilters savedFilters;

    private TaskList list = TaskList.MINE;
    private TaskFilter filter = new TaskFilter();
    private TaskLazyModel tasks;
    private String filterName;
    private boolean filterDefault;

    public void load() {
        String requested = listAsked;
        String savedId = filterAsked;
        if (savedId != null && savedId.matches("\\d{1,18}")) {
            failures.attempt(() -> apply(savedFilters.find(me.getLogin(), Long.parseLong(savedId))), null);
        } else if (requested == null) {
            savedFilters.defaultOf(me.getLogin()).ifPresent(this::apply);
        } else {
            try {
                list = TaskList.valueOf(requested.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                list = TaskList.MINE;
            }
        }
        if (list == TaskList.DEPARTMENT && !me.actor().headsAny()) {
            list = TaskList.MINE;
            Messages.addGlobalWarn(Text.of("inbox.department.headsOnly"));
        }
        search();
    }

    private void apply(SavedFilter saved) {
        list = saved.getList();
        filter = saved.filter();
        filterName = saved.getName();
        filterDefault = saved.isDefault();
    }

    public void saveFilter() {
        if (filterName == null || filterName.isBlank() || filterName.strip().length() > SavedFilter.MAX_NAME) {
            Messages.addError("inbox:filter-name", Text.of("filter.nameRequired"));
            return;
        }
        failures.attempt(() -> savedFilters.save(me.getLogin(), filterName, list, filter, filterDefault),
                "filter.savedAs", filterName.strip());
    }

    public void deleteFilter(long id) {
        failures.attempt(() -> savedFilters.delete(me.getLogin(), id), "filter.deleted");
    }

    public List<SavedFilter> getSavedFilters() {
        return savedFilters.of(me.getLogin());
    }

    public String getFilterName() {
        return filterName;
    }

    public void setFilterName(String filterName) {
        this.filterName = filterName;
    }

    public boolean isFilterDefault() {
        return filterDefault;
    }

    public void setFilterDefault(boolean filterDefault) {
        this.filterDefault = filterDefault;
    }

    public void search() {
        tasks = new TaskLazyModel(list, filter.copy());
    }

    public void clearFilter() {
        filter = new TaskFilter();
        search();
    }

    public void claim(TaskRow row) {
        failures.attempt(() -> actions.claim(me.actor(), row.id()), () -> holders.explainClaimRace(row.id()),
                "inbox.claimed", row.name());
    }

    public void release(TaskRow row) {
        failures.attempt(() -> actions.release(me.actor(), row.id()), "inbox.released", row.name());
    }

    public String due(TaskRow row) {
        return row.due() == null ? "" : DueText.of(row.due().toInstant(), Instant.now(), me.getLocale());
    }

    public String rowClass(TaskRow row) {
        return row.due() == null ? "" : DueText.urgency(row.due().toInstant(), Instant.now(), me.zone());
    }

    /** A process the filter offers: its key and its name in the person's language. */
    public List<ProcessChoices.ProcessChoice> getProcesses() {
        return processes.all(me.getLocale());
    }

    public DueFilter[] getDueFilters() {
        return DueFilter.values();
    }

    public PriorityLevel[] getPriorities() {
        return PriorityLevel.values();
    }

    public TaskList getList() {
        return list;
    }

    public boolean isTeamList() {
        return list == TaskList.TEAM;
    }

    public TaskFilter getFilter() {
        return filter;
    }

    public boolean isDepartmentList() {
        return list == TaskList.DEPARTMENT;
    }

    public TaskLazyModel getTasks() {
        return tasks;
    }
}

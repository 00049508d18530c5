package accord.inbox.boundary;

import accord.inbox.control.TaskQueries;
import accord.inbox.control.TaskRow;
import accord.inbox.control.TaskRows;
import accord.inbox.entity.TaskFilter;
import accord.inbox.entity.TaskList;
import accord.organisation.control.Actor;
import accord.security.boundary.CurrentPerson;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** One inbox list for PrimeFaces' table: each page is a task query of its own, run in the engine. */
public class TaskLazyModel extends LazyDataModel<TaskRow> {

    private static final long serialVersionUID = 1L;

    private final TaskList list;
    private final TaskFilter filter;
    public TaskLazyModel(TaskList list, TaskFilter filter) {
        this.list = list;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (filter.isEmpty()) {
            // Each engine query costs milliseconds of SQL building: share the side menu's count.
            return (int) CDI.current().select(InboxCounts.class).get().count(list.name());
        }
        return (int) queries().count(actor(), list, filter);
    }

    @Override
    public List<TaskRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        TaskQueries.Sort sort = null;
        boolean ascending = true;
        for (SortMeta meta : sortBy.values()) {
            sort = TaskQueries.Sort.valueOf(meta.getField().toUpperCase());
            ascending = meta.getOrder() != SortOrder.DESCENDING;
        }
        var tasks = queries().page(actor(), list, filter, sort, ascending, first, pageSize);
        return CDI.current().select(TaskRows.class).get().of(tasks);
    }

    @Override
    public String getRowKey(TaskRow row) {
        return row.id();
    }

    @Override
    public TaskRow getRowData(String rowKey) {
        return getWrappedData() == null ? null
                : getWrappedData().stream().filter(row -> row.id().equals(rowKey)).findFirst().orElse(null);
    }

    // The actor is read on every request: a person who just lost a role stops seeing its tasks.
    private static Actor actor() {
        return CDI.current().select(CurrentPerson.class).get().actor();
    }

    private static TaskQueries queries() {
        return CDI.current().select(TaskQueries.class).get();
    }
}

package accord.inbox.boundary;

import accord.inbox.control.ListCounts;
import accord.inbox.entity.TaskList;
import accord.security.boundary.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.Map;

/** The number of open tasks in each inbox list, counted once per page load for the side menu. */
@Named
@RequestScoped
public class InboxCounts {

    @Inject
    CurrentPerson me;

    @Inject
    ListCounts counter;

    private final Map<TaskList, Long> counts = new EnumMap<>(TaskList.class);

    /** The open tasks in one list, counted at most once per request (each list when first asked). */
    public long count(String list) {
        return counts.computeIfAbsent(TaskList.valueOf(list),
                which -> counter.count(me.actor(), which));
    }

    public boolean isHead() {
        return me.actor().headsAny();
    }
}

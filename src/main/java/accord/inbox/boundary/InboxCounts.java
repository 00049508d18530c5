package accord.inbox.boundary;

import accord.inbox.control.TaskFilter;
import accord.inbox.control.TaskList;
import accord.inbox.control.TaskQueries;
import accord.organisation.control.Actor;
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
    TaskQueries queries;

    private Map<TaskList, Long> counts;
    private boolean head;

    public long count(String list) {
        return counts().get(TaskList.valueOf(list));
    }

    public boolean isHead() {
        counts();
        return head;
    }

    private Map<TaskList, Long> counts() {
        if (counts == null) {
            Actor actor = me.actor();
            head = actor.headsAny();
            counts = new EnumMap<>(TaskList.class);
            for (TaskList list : TaskList.values()) {
                counts.put(list, queries.count(actor, list, new TaskFilter()));
            }
        }
        return counts;
    }
}

package accord.casefile.control;

import accord.deputy.control.DeputyRouting;
import accord.organisation.control.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.task.Comment;
import org.flowable.task.api.history.HistoricTaskInstance;

/** A case's story from the engine's history: who did which step when, and what they said. */
@ApplicationScoped
public class CaseHistory {

    /**
     * One line of the story: a finished step or a comment. {@code forName} names the person a
     * deputy did the step for (null when nobody stood in).
     */
    public record Entry(Date time, String kind, String step, String actor, String actorName, String text,
            String forName) implements Serializable {
    }

    /** Who started the case and when. */
    public record Start(String by, String byName, Date at) implements Serializable {
    }

    @Inject
    HistoryService history;

    @Inject
    TaskService tasks;

    @Inject
    Directory directory;

    public Start start(String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return new Start(null, null, null);
        }
        String by = instance.getStartUserId();
        return new Start(by, directory.displayName(by), instance.getStartTime());
    }

    public List<Entry> of(String processInstanceId) {
        List<HistoricTaskInstance> steps = history.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).finished().includeTaskLocalVariables()
                .orderByHistoricTaskInstanceEndTime().asc().list();
        List<Comment> comments = tasks.getProcessInstanceComments(processInstanceId, "comment");
        Set<String> people = new HashSet<>();
        steps.forEach(step -> {
            people.add(step.getAssignee());
            people.add(onBehalfOf(step));
        });
        comments.forEach(comment -> people.add(comment.getUserId()));
        people.remove(null);
        Map<String, String> names = directory.displayNames(people);
        Map<String, String> stepNames = new java.util.HashMap<>();
        history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).list()
                .forEach(task -> stepNames.put(task.getId(),
                        StepNames.step(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName())));

        List<Entry> entries = new ArrayList<>();
        for (HistoricTaskInstance step : steps) {
            entries.add(new Entry(step.getEndTime(), step.getDeleteReason() == null ? "done" : "cancelled",
                    StepNames.step(step.getProcessDefinitionId(), step.getTaskDefinitionKey(), step.getName()),
                    step.getAssignee(), names.getOrDefault(step.getAssignee(), step.getAssignee()),
                    step.getDeleteReason(), onBehalfOf(step) == null ? null : names.getOrDefault(onBehalfOf(step), onBehalfOf(step))));
        }
        for (Comment comment : comments) {
            entries.add(new Entry(comment.getTime(), "comment", stepNames.get(comment.getTaskId()),
                    comment.getUserId(), names.getOrDefault(comment.getUserId(), comment.getUserId()),
                    comment.getFullMessage(), null));
        }
        entries.sort(Comparator.comparing(Entry::time, Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }

    private static String onBehalfOf(HistoricTaskInstance step) {
        Object person = step.getTaskLocalVariables().get(DeputyRouting.ON_BEHALF_OF);
        return person == null ? null : person.toString();
    }
}

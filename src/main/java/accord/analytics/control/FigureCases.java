package accord.analytics.control;

import accord.casefile.control.CasePages;
import accord.casefile.control.CaseVariables;
import accord.inbox.control.TaskLookup;
import accord.organisation.control.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricProcessInstance;

/**
 * The cases behind a figure as the reader may see them: each case the figure counted is listed, so
 * that the list adds up to the figure, but its subject and its page only for a reader who may see the
 * case (the case pages' own rules, through {@link TaskLookup#canSeeCase}).
 */
@ApplicationScoped
public class FigureCases {

    /** A case behind a figure; {@code outcome} and {@code subject} are null where the reader may not see it. */
    public record Row(String id, String number, String subject, Instant started, Instant ended, String outcome)
            implements Serializable {

        public boolean open() {
            return outcome != null;
        }
    }

    @Inject
    HistoryService history;

    @Inject
    TaskLookup lookup;

    /** These cases (process instance ids), in the order given. */
    public List<Row> rows(Actor actor, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, HistoricProcessInstance> found = history.createHistoricProcessInstanceQuery()
                .processInstanceIds(new HashSet<>(ids)).includeProcessVariables().list().stream()
                .collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity()));
        return ids.stream().filter(found::containsKey).map(id -> row(actor, found.get(id))).toList();
    }

    private Row row(Actor actor, HistoricProcessInstance instance) {
        boolean visible = lookup.canSeeCase(actor, instance.getId());
        String outcome = visible ? CasePages.outcome(instance.getProcessDefinitionKey()).orElse(null) : null;
        return new Row(instance.getId(), instance.getBusinessKey(), visible ? CaseVariables.subject(instance.getProcessVariables()) : null,
                instance.getStartTime().toInstant(), instance.getEndTime() == null ? null : instance.getEndTime().toInstant(), outcome);
    }
}

package accord.operations.control;

import accord.casefile.control.StepNames;
import accord.organisation.control.Actor;
import accord.platform.control.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.variable.api.history.HistoricVariableInstance;

/**
 * A case by its number as operations sees it: which workflow and version, started when and by whom,
 * whether it runs, is suspended, finished or was cancelled, and every variable as a labelled value.
 * For ADMIN only.
 */
@ApplicationScoped
public class CaseOverview {

    /** Where a case stands. */
    public enum CaseState {
        RUNNING, SUSPENDED, FINISHED, CANCELLED;

        /** A case that has not ended runs or is suspended; one that ended with a delete reason was cancelled. */
        static CaseState of(boolean ended, boolean suspended, String deleteReason) {
            return !ended ? (suspended ? SUSPENDED : RUNNING) : deleteReason != null ? CANCELLED : FINISHED;
        }
    }

    /** A variable: its label in the reader's language (its name when the bundles have none) and its value as text. */
    public record Variable(String name, String label, String value) implements Serializable {
    }

    public record Overview(String id, String number, String workflow, int version, CaseState state, Instant started,
            String startedBy, Instant ended, String endReason, List<Variable> variables) implements Serializable {
    }

    @Inject
    HistoryService history;

    @Inject
    RuntimeService runtime;

    /** The case of this number; a moment among its variables reads as {@code moment} writes it (the reader's zone). */
    public Optional<Overview> of(Actor admin, String number, java.util.function.Function<Instant, String> moment) {
        OperationsRefused.unlessAdmin(admin);
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        HistoricProcessInstance found = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number.strip())
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
        if (found == null) {
            return Optional.empty();
        }
        ProcessInstance running = runtime.createProcessInstanceQuery().processInstanceId(found.getId()).singleResult();
        CaseState state = CaseState.of(running == null, running != null && running.isSuspended(), found.getDeleteReason());
        List<Variable> variables = history.createHistoricVariableInstanceQuery().processInstanceId(found.getId()).list().stream()
                .filter(v -> v.getTaskId() == null)
                .map(v -> variable(v, moment))
                .sorted(Comparator.comparing(Variable::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return Optional.of(new Overview(found.getId(), found.getBusinessKey(),
                StepNames.process(found.getProcessDefinitionKey(), found.getProcessDefinitionName()),
                found.getProcessDefinitionVersion() == null ? 0 : found.getProcessDefinitionVersion(), state,
                instant(found.getStartTime()), found.getStartUserId(), instant(found.getEndTime()), found.getDeleteReason(),
                variables));
    }

    private static Variable variable(HistoricVariableInstance v, java.util.function.Function<Instant, String> moment) {
        String key = "variable." + v.getVariableName();
        Object value = v.getValue();
        String text = value == null ? "" : value instanceof Date date ? moment.apply(date.toInstant())
                : value instanceof Boolean yes ? Text.of(yes ? "variable.yes" : "variable.no") : String.valueOf(value);
        return new Variable(v.getVariableName(), Text.has(key) ? Text.of(key) : v.getVariableName(), text);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}

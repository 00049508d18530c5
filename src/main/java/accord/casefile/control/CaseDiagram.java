package accord.casefile.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;

/**
 * What the process diagram of a case shows: the BPMN as deployed, the steps the case is at now,
 * the steps it has passed, and the sequence flows it took (all from the engine's history).
 */
@ApplicationScoped
public class CaseDiagram {

    /** The deployed BPMN of a case and where the case is in it. */
    public record Diagram(String bpmnXml, Set<String> current, Set<String> done, Set<String> flowsTaken) {
    }

    private static final String SEQUENCE_FLOW = "sequenceFlow";
    private static final String BOUNDARY_EVENT = "boundaryEvent";
    private static final String END_EVENT = "endEvent";

    @Inject
    HistoryService history;

    @Inject
    RepositoryService repository;

    /** The case's diagram; empty steps for a case that does not exist. */
    public Optional<Diagram> of(String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        Set<String> current = new LinkedHashSet<>();
        Set<String> done = new LinkedHashSet<>();
        Set<String> flows = new LinkedHashSet<>();
        Set<String> boundaryEvents = new LinkedHashSet<>();
        for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).list()) {
            if (SEQUENCE_FLOW.equals(step.getActivityType())) {
                flows.add(step.getActivityId());
            } else if (BOUNDARY_EVENT.equals(step.getActivityType())) {
                boundaryEvents.add(step.getActivityId());
            } else if (step.getDeleteReason() != null && !END_EVENT.equals(step.getActivityType())) {
                // Cancelled before it finished: not a step the case went through. (A terminating end
                // event is recorded with the termination as its reason, yet it was reached.)
                continue;
            } else if (step.getEndTime() == null) {
                current.add(step.getActivityId());
            } else {
                done.add(step.getActivityId());
            }
        }
        // A boundary event is recorded while it waits beside its task; it counts only once it fired.
        BpmnModel model = repository.getBpmnModel(instance.getProcessDefinitionId());
        boundaryEvents.stream().filter(id -> fired(model, id, flows)).forEach(done::add);
        // A step passed once and entered again (a loop back) is current, not done.
        done.removeAll(current);
        return Optional.of(new Diagram(bpmnOf(instance.getProcessDefinitionId()), current, done, flows));
    }

    private static boolean fired(BpmnModel model, String boundaryEventId, Set<String> flowsTaken) {
        return model.getFlowElement(boundaryEventId) instanceof FlowNode event
                && event.getOutgoingFlows().stream().map(SequenceFlow::getId).anyMatch(flowsTaken::contains);
    }

    private String bpmnOf(String processDefinitionId) {
        try (InputStream xml = repository.getProcessModel(processDefinitionId)) {
            return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

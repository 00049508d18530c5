package accord.inbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.EventSubProcess;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.SubProcess;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RepositoryService;

/**
 * Who acts after a task: the user tasks the process model reaches next (through gateways and
 * automatic steps, into and out of embedded subprocesses), with the person or groups they will
 * go to, as far as the case's variables already tell; or that the case ends there.
 */
@ApplicationScoped
public class NextSteps {

    /** One possible next step. {@code assignee} and {@code groups} are empty when not yet known. */
    public record Step(String key, String name, String assignee, List<String> groups, boolean caseEnds) implements Serializable {
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\s*(\\w+)\\s*}");
    private static final int FARTHEST = 12;

    @Inject
    RepositoryService repository;

    public List<Step> after(String processDefinitionId, String activityId, Map<String, Object> variables) {
        return from(repository.getBpmnModel(processDefinitionId), activityId, variables);
    }

    public static List<Step> from(BpmnModel model, String activityId, Map<String, Object> variables) {
        FlowElement current = model.getMainProcess().getFlowElement(activityId, true);
        List<Step> steps = new ArrayList<>();
        if (current instanceof FlowNode node) {
            follow(node, variables, steps, new HashSet<>(), 0);
        }
        return steps;
    }

    private static void follow(FlowNode node, Map<String, Object> variables, List<Step> steps, Set<String> seen,
            int depth) {
        if (depth > FARTHEST) {
            return;
        }
        for (SequenceFlow flow : node.getOutgoingFlows()) {
            FlowElement target = flow.getTargetFlowElement();
            if (target == null || !seen.add(target.getId())) {
                continue;
            }
            if (target instanceof UserTask task) {
                steps.add(new Step(task.getId(), task.getName(), resolve(task.getAssignee(), variables),
                        task.getCandidateGroups().stream().map(group -> resolve(group, variables))
                                .filter(group -> group != null).toList(), false));
            } else if (target instanceof EndEvent && target.getParentContainer() instanceof SubProcess enclosing
                    && !(enclosing instanceof EventSubProcess)) {
                // The end of an embedded subprocess: the case goes on after the subprocess.
                follow(enclosing, variables, steps, seen, depth + 1);
            } else if (target instanceof EndEvent) {
                if (steps.stream().noneMatch(Step::caseEnds)) {
                    steps.add(new Step(null, null, null, List.of(), true));
                }
            } else if (target instanceof SubProcess entered && !(entered instanceof EventSubProcess)) {
                // Into an embedded subprocess: on from its start.
                entered.getFlowElements().stream().filter(StartEvent.class::isInstance).map(StartEvent.class::cast)
                        .forEach(start -> follow(start, variables, steps, seen, depth + 1));
            } else if (target instanceof FlowNode next) {
                follow(next, variables, steps, seen, depth + 1);
            }
        }
    }

    /** A literal, or ${variable} when the case has that variable; otherwise unknown (null). */
    static String resolve(String expression, Map<String, Object> variables) {
        if (expression == null || expression.isBlank()) {
            return null;
        }
        Matcher variable = VARIABLE.matcher(expression.strip());
        if (variable.matches()) {
            Object value = variables.get(variable.group(1));
            return value == null ? null : value.toString();
        }
        return expression.contains("${") || expression.contains("#{") ? null : expression.strip();
    }
}

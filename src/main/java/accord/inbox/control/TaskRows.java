package accord.inbox.control;

import accord.organisation.control.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;

/**
 * Turns one page of tasks into inbox rows with three more queries whatever the page size: the
 * cases (with their variables), the process names and the people's names.
 */
@ApplicationScoped
public class TaskRows {

    @Inject
    RuntimeService runtime;

    @Inject
    RepositoryService repository;

    @Inject
    Directory directory;

    public List<TaskRow> of(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Set<String> caseIds = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, ProcessInstance> cases = caseIds.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(caseIds).includeProcessVariables().list()
                        .stream().collect(Collectors.toMap(ProcessInstance::getId, p -> p));
        Set<String> definitionIds = tasks.stream().map(Task::getProcessDefinitionId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> processNames = new HashMap<>();
        if (!definitionIds.isEmpty()) {
            for (ProcessDefinition definition : repository.createProcessDefinitionQuery()
                    .processDefinitionIds(definitionIds).list()) {
                processNames.put(definition.getId(),
                        definition.getName() != null ? definition.getName() : definition.getKey());
            }
        }
        Map<String, String> names = directory.displayNames(tasks.stream().map(Task::getAssignee)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return tasks.stream().map(task -> row(task, cases.get(task.getProcessInstanceId()),
                processNames.get(task.getProcessDefinitionId()), names)).toList();
    }

    private static TaskRow row(Task task, ProcessInstance instance, String processName, Map<String, String> names) {
        Map<String, Object> variables = instance == null ? Map.of() : instance.getProcessVariables();
        return new TaskRow(
                task.getId(),
                task.getName(),
                task.getProcessInstanceId(),
                instance == null ? null : instance.getBusinessKey(),
                text(variables.get(CaseVariables.SUBJECT)),
                text(variables.get(CaseVariables.CUSTOMER_NAME)),
                processName,
                task.getCreateTime(),
                task.getDueDate(),
                task.getPriority(),
                task.getAssignee(),
                task.getAssignee() == null ? null : names.getOrDefault(task.getAssignee(), task.getAssignee()),
                task.getDelegationState() == DelegationState.PENDING);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

package accord.inbox.control;

import accord.casefile.control.CaseVariables;
import accord.casefile.control.StepNames;
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
import org.flowable.engine.runtime.NativeProcessInstanceQuery;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;
import org.flowable.variable.api.persistence.entity.VariableInstance;

/**
 * Turns one page of tasks into inbox rows with four more queries whatever the page size: the
 * cases, their variables, the process names and the people's names.
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
        Map<String, String> caseNumbers = new HashMap<>();
        Map<String, Map<String, Object>> caseVariables = new HashMap<>();
        if (!caseIds.isEmpty()) {
            // Plain look-ups by primary key. The engine's query for these ids does not use the key on
            // H2 (half of a page's time with 10 000 open cases), and includeProcessVariables() joins
            // every variable of every case.
            NativeProcessInstanceQuery byId = NativeSql.bind(runtime.createNativeProcessInstanceQuery()
                    .sql("SELECT RES.* FROM ACT_RU_EXECUTION RES WHERE RES.ID_ IN ("
                            + NativeSql.parameters("c", caseIds.size()) + ")"), "c", caseIds);
            byId.list().forEach(instance -> caseNumbers.put(instance.getId(), instance.getBusinessKey()));
            for (VariableInstance variable : runtime.getVariableInstancesByExecutionIds(caseIds)) {
                caseVariables.computeIfAbsent(variable.getExecutionId(), id -> new HashMap<>())
                        .put(variable.getName(), variable.getValue());
            }
        }
        Set<String> definitionIds = tasks.stream().map(Task::getProcessDefinitionId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> processNames = new HashMap<>();
        if (!definitionIds.isEmpty()) {
            for (ProcessDefinition definition : repository.createProcessDefinitionQuery()
                    .processDefinitionIds(definitionIds).list()) {
                processNames.put(definition.getId(), StepNames.process(definition.getKey(),
                        definition.getName() != null ? definition.getName() : definition.getKey()));
            }
        }
        Map<String, String> names = directory.displayNames(tasks.stream().map(Task::getAssignee)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return tasks.stream().map(task -> row(task, caseNumbers.get(task.getProcessInstanceId()),
                caseVariables.getOrDefault(task.getProcessInstanceId(), Map.of()),
                processNames.get(task.getProcessDefinitionId()), names)).toList();
    }

    private static TaskRow row(Task task, String caseNumber, Map<String, Object> variables, String processName,
            Map<String, String> names) {
        return new TaskRow(
                task.getId(),
                StepNames.step(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName()),
                task.getProcessInstanceId(),
                caseNumber,
                CaseVariables.subject(variables),
                text(variables.get(CaseVariables.CUSTOMER_NAME)),
                processName,
                task.getCreateTime(),
                task.getDueDate(),
                task.getPriority(),
                task.getAssignee(),
                task.getAssignee() == null ? null : names.getOrDefault(task.getAssignee(), task.getAssignee()),
                task.getDelegationState() == DelegationState.PENDING,
                task.isSuspended());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

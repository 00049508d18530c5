package accord.casefile.control;

import accord.platform.control.Text;

/**
 * Names of processes and their steps in the person's language. A BPMN file has one name per
 * element; the bundles may name it again per language: {@code process.<processKey>} and
 * {@code step.<processKey>.<taskKey>}. Without such a key the BPMN's name is shown.
 */
public final class StepNames {

    private StepNames() {
    }

    /** The step's name, given the task's process definition id ({@code key:version:id}) and task key. */
    public static String step(String processDefinitionId, String taskKey, String bpmnName) {
        String key = stepKey(processDefinitionId, taskKey);
        return key != null ? Text.of(key) : bpmnName;
    }

    /** The bundle's key for the step's name, if the bundles name it (else null: the BPMN's name is all there is). */
    public static String stepKey(String processDefinitionId, String taskKey) {
        return processDefinitionId == null ? null : stepKeyOfProcess(processKey(processDefinitionId), taskKey);
    }

    /** The same given the process key itself. */
    public static String stepKeyOfProcess(String processKey, String taskKey) {
        if (taskKey == null || processKey == null) {
            return null;
        }
        String key = "step." + processKey + "." + taskKey;
        return Text.has(key) ? key : null;
    }

    public static String process(String processKey, String bpmnName) {
        String key = "process." + processKey;
        return processKey != null && Text.has(key) ? Text.of(key) : bpmnName;
    }

    /** The process key of a process definition id ({@code key:version:id}). */
    public static String processKey(String processDefinitionId) {
        return accord.workflow.control.WorkflowKeys.processKeyOf(processDefinitionId);
    }
}

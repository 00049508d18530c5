package accord.inbox.control;

import accord.workflow.control.WorkflowKeys;

/**
 * A workflow's own form on the task page. Its steps are completed only through that form's actions,
 * never by the generic Complete: a step completed without its decision would take a path nobody
 * chose. Each workflow declares one as a CDI bean; the inbox finds them and imports no workflow.
 */
public abstract class WorkflowForm {

    private final String processKey;
    private final String fragment;

    /**
     * @param processKey the process whose user tasks this form handles
     * @param fragment the Facelets fragment the task page includes; it renders only for this workflow's tasks
     */
    protected WorkflowForm(String processKey, String fragment) {
        this.processKey = processKey;
        this.fragment = fragment;
    }

    public String processKey() {
        return processKey;
    }

    public String fragment() {
        return fragment;
    }

    /** Is this task a step of this form's process? ({@code processDefinitionId} is "key:version:id".) */
    public boolean handles(String processDefinitionId) {
        return WorkflowKeys.isDefinitionOf(processKey, processDefinitionId);
    }
}

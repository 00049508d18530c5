package accord.inbox.control;

/**
 * A workflow's own form on the task page. Its steps are completed only through that form's actions,
 * never by the generic Complete: a step completed without its decision would take a path nobody
 * chose. Each workflow declares one as a CDI bean; the inbox finds them and imports no workflow.
 */
public interface WorkflowForm {

    /** The process whose user tasks this form handles. */
    String processKey();

    /** The Facelets fragment the task page includes; it renders only for this workflow's tasks. */
    String fragment();

    /** Is this task a step of this form's process? ({@code processDefinitionId} is "key:version:id".) */
    default boolean handles(String processDefinitionId) {
        return processDefinitionId != null && processDefinitionId.startsWith(processKey() + ":");
    }
}

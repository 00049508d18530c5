package accord.workflow.control;

/**
 * A bean the workflows call by name in their expressions, e.g. {@code ${complaintEvents.breached(execution)}}.
 * WorkflowEngine hands every CDI bean of this type to the engine under its {@link #name()}; a BPMN
 * unit test hands in its own.
 */
public interface ProcessBean {

    String name();
}

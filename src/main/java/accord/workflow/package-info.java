/**
 * The embedded Flowable engine: built at start-up on the application's DataSource and joined to
 * the container's JTA transaction, produced for injection ({@code RuntimeService},
 * {@code TaskService}, …), and fed every BPMN and DMN file of {@code workflows/}. Candidate groups
 * are resolved against the organisation directory, not Flowable IDM. {@code WorkflowKeys} is the one
 * list of process and decision keys; features hear engine events through {@code EngineListener}
 * beans, so the engine names none of them.
 */
package accord.workflow;

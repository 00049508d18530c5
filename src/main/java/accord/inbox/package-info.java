/**
 * The task inbox, generic over every process: the lists (my tasks, team tasks, involved,
 * department), paged, sorted and filtered in the engine's task queries; the actions on a task
 * (claim, release, complete, delegate, reassign) with their rules enforced on the server; and
 * the task page with the case's history and comments. Workflows add only their forms: a
 * {@code WorkflowForm} declaration and a {@code StepForm} bean each, found through CDI. The case
 * pages' shared parts (story, files, diagram) are served here under the task rules; their data is
 * {@code casefile}'s.
 */
package accord.inbox;

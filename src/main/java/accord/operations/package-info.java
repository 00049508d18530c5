/**
 * Operating the workflows (issue 18), for ADMIN: failed jobs (the engine's dead letters and the jobs
 * failing with tries left: the case, the step, the error and its stack trace; retried or cancelled
 * with a reason) and a case's own operations page ({@code admin/case.xhtml?number=…}: where it
 * stands, its open tasks, jobs and timers with their due time, its variables, diagram and story).
 * Every action is checked on the server and written to the audit trail.
 */
package accord.operations;

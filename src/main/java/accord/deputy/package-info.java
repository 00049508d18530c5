/**
 * Deputies for every workflow: a person plans an absence (out of office) with a deputy; while it
 * lasts, tasks assigned to the person go to the deputy instead, marked as done on the person's
 * behalf; when it ends, the deputy's open tasks for the person go back to them.
 */
package accord.deputy;

/**
 * The audit trail: who did what security-relevant or administrative thing, when and from where
 * (sign-ins and their failures, refused accesses, role changes, password resets, deactivations,
 * confidential exports, and the operations console's actions on cases, jobs, versions and rules).
 * Components write through {@code AuditTrail.record} in the transaction of what they record, so an
 * action rolled back leaves no line; the application only ever inserts. ADMIN reads it on the
 * Audit page, filtered, and takes it away as CSV.
 */
package accord.audit;

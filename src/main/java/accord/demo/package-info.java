/**
 * Demo people, departments and customers for the embedded default database, loaded once on its
 * first start and never in production. The logins are printed at every start of a demo portal.
 * The demo's cases are started and moved on through the same boundaries a person's are
 * ({@code demo/boundary}), so that they hold what real cases hold; {@code demo/control} only writes
 * reference data.
 */
package accord.demo;

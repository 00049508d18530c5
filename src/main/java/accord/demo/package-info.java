/**
 * Demo people, departments and customers for the embedded default database, loaded once on its
 * first start and never in production. The logins are printed at every start of a demo portal.
 */
package accord.demo;

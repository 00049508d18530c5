/**
 * The ground every component stands on: the one JTA DataSource shared by JPA and the workflow
 * engine, the Flyway-owned schema, and the readiness checks Payara reports at
 * {@code /health/ready}, and {@code Text}: the portal's resource-bundle messages for Java code.
 */
package accord.platform;

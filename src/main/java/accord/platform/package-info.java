/**
 * The ground every component stands on: the one JTA DataSource shared by JPA and the workflow
 * engine, the Flyway-owned schema, and the readiness checks Payara reports at
 * {@code /health/ready}; {@code Text}, the portal's resource-bundle messages for Java code;
 * {@code Input} and the refusals ({@code Refused}, {@code FieldRefused}) every component's rules
 * throw; and {@code UtcTime}, how entities store moments.
 */
package accord.platform;

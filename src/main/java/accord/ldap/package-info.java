/**
 * Signing in against the company's directory (LDAP) and keeping the portal's people and
 * departments in step with it: configured by MicroProfile Config ({@code accord.ldap.*}, off
 * while no URL is set). People the directory owns sign in with their directory password; a
 * scheduled synchronisation (and ADMIN's "sync now") creates, updates, moves and deactivates
 * people and departments from it. Local accounts keep working, also while the directory is down.
 */
package accord.ldap;

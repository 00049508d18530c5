/**
 * The first start on a company's own database: while no active ADMIN exists, every page leads to
 * the setup page, which takes the one-time token printed in the server log and creates the first
 * department and its administrator. Once an ADMIN exists the setup page is gone for good.
 */
package accord.setup;

/**
 * Customers and key accounts (issue 6): the customer list and 360° page, sales against target
 * per quarter (typed by the account manager or imported by a sales manager), the tier rules
 * (workflows/customer-tier.dmn) and every tier change; later the key-account annual review.
 * Above customer, complaint and handoff: the customer page shows their cases.
 */
package accord.keyaccount;

/**
 * Key accounts (issue 6, DOMAIN.md workflow 2): sales against target per quarter (typed by the
 * account manager or imported by a sales manager) and the sales report, the tier rules
 * (workflows/customer-tier.dmn) and every tier change, and the key-account annual review
 * (workflows/key-account-review.bpmn20.xml). Its cards on the customer page: figures, tier, reviews.
 */
package accord.keyaccount;

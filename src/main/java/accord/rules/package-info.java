/**
 * Business rules without a release: the decision tables business people own (complaint SLA, customer
 * tier, promotion eligibility, the promotion approval chain) edited in the portal by whoever owns
 * each, checked (cell syntax, gaps and overlaps where the hit policy forbids them, sample
 * evaluations with the engine), replayed on the last 90 days of real cases, deployed as a new
 * version of the table and restorable. See docs/architecture.md.
 */
package accord.rules;

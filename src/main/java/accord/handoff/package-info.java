/**
 * Cross-department handoffs (issue 5, DOMAIN.md workflow 3): a person asks another department for
 * work, its head (or their deputy) approves and assigns a member, the member delivers, the
 * requester accepts against the acceptance criteria and rates. Owns the handoff table, the steps
 * of workflows/cross-department-handoff.bpmn20.xml, who may act and see, and the heads' pages.
 */
package accord.handoff;

/**
 * Customer proposals: a sales rep proposes a new customer and their sales manager approves it,
 * sends it back to be revised, or rejects it (workflows/customer-proposal.bpmn20.xml); an approved
 * proposal becomes a customer the rep manages, through the customer component's own rules.
 */
package accord.proposal;

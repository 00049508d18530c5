/**
 * Customer complaint handling (DOMAIN.md workflow 1): customer service registers a complaint,
 * triages it and picks the department, which resolves it (or asks, or transfers); customer
 * service calls the customer back; a third reopening goes to the head. Owns the complaint table,
 * the SLA table (workflows/complaint-sla.dmn), the steps of workflows/complaint-handling.bpmn20.xml,
 * the register, and the customer page's complaints card.
 */
package accord.complaint;

/**
 * Complaints by mail: the service mailbox polled over IMAP; each new mail a complaint to triage
 * (the sender matched to a customer's contact person), a reply added to its complaint's story, a
 * mail from an unknown sender kept for customer service to pick the customer.
 */
package accord.intake;

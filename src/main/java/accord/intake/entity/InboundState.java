package accord.intake.entity;

/** What became of a mail taken from the service mailbox. */
public enum InboundState {
    /** A new complaint was registered from it. */
    REGISTERED,
    /** A reply: added to its complaint's story. */
    ADDED,
    /** From nobody the portal knows: waits for customer service to pick the customer. */
    TO_MATCH,
    /** Customer service set it aside (no complaint: spam, a thank-you), with a note. */
    DISMISSED
}

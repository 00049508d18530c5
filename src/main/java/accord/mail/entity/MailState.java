package accord.mail.entity;

/** Where a mail of the outbox stands. */
public enum MailState {
    /** To be sent (again, after a failure, once its next attempt is due). */
    PENDING,
    /** Claimed by a node that is sending it now; back to the others when the claim runs out. */
    SENDING,
    SENT,
    /** Kept failing: no more attempts; shown to administrators. */
    FAILED,
    /** Written while no mail server was configured: kept to be read, never sent. */
    NO_SERVER,
    /** The recipient has no mail address. */
    NO_ADDRESS,
    /** Held for the recipient's daily digest. */
    HELD_FOR_DIGEST,
    /** Told in a daily digest (that mail is a row of its own). */
    IN_DIGEST
}

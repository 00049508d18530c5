package accord.mail.entity;

/** How a person hears of one kind of message. */
public enum Delivery {
    /** A mail at once (after quiet hours). */
    NOW,
    /** In the day's one digest mail. */
    DIGEST,
    /** No mail: the portal's home page and inbox only. */
    PORTAL
}

package accord.keyaccount.entity;

/** Where an annual review stands; each step moves it, in the same transaction. */
public enum ReviewStatus {
    /** The account manager prepares the dossier and the draft plan. */
    PREPARING,
    /** The sales manager reviews the preparation. */
    IN_REVIEW,
    /** The account manager sets up the meeting with the client. */
    SCHEDULING,
    /** Waiting for the meeting, then its outcome. */
    MEETING,
    /** A tier change waits for the sales director. */
    TIER_APPROVAL,
    DONE,
    /** Ended by operations (ADMIN) with a reason: the case was cancelled; its plan is not activated. */
    CANCELLED;

    public boolean isOpen() {
        return this != DONE && this != CANCELLED;
    }
}

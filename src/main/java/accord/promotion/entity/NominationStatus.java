package accord.promotion.entity;

/** Where a nomination stands; PROMOTED and REJECTED end it. */
public enum NominationStatus {
    HR_REVIEW, RETURNED, HEAD_APPROVAL, DIRECTOR_APPROVAL, EFFECTIVE_DATE, SCHEDULED, PROMOTED, REJECTED,
    /** Ended by operations (ADMIN) with a reason: the case was cancelled. */
    CANCELLED;

    public boolean isOpen() {
        return this != PROMOTED && this != REJECTED && this != CANCELLED;
    }
}

package accord.complaint.entity;

/** Where a complaint stands; each step of the process moves it, in the same transaction. */
public enum ComplaintStatus {
    /** Registered; customer service confirms category and severity. */
    TRIAGE,
    /** With the responsible department. */
    RESOLVING,
    /** The department asked customer service; the SLA clock pauses. */
    WAITING_FOR_INFORMATION,
    /** Resolved; the agent calls the customer back. */
    CALL_BACK,
    CLOSED,
    WITHDRAWN,
    /** Ended by operations (ADMIN) with a reason: the case was cancelled. */
    CANCELLED;

    /** The statuses of a complaint still being handled. */
    public static final java.util.Set<ComplaintStatus> OPEN = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(TRIAGE, RESOLVING, WAITING_FOR_INFORMATION, CALL_BACK));

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}

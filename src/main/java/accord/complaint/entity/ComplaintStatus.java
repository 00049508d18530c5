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
    WITHDRAWN;

    public boolean isOpen() {
        return this != CLOSED && this != WITHDRAWN;
    }
}

package accord.proposal.entity;

/** Where a customer proposal stands; each step moves it, in the same transaction. */
public enum ProposalStatus {
    /** With the sales manager. */
    PENDING,
    /** Sent back to the proposer to revise. */
    RETURNED,
    /** The customer exists now. */
    APPROVED,
    REJECTED,
    WITHDRAWN,
    /** Ended by operations (ADMIN) with a reason: the case was cancelled. */
    CANCELLED;

    /** The statuses of a proposal still under way. */
    public static final java.util.Set<ProposalStatus> OPEN = java.util.Collections.unmodifiableSet(java.util.EnumSet.of(PENDING, RETURNED));

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}

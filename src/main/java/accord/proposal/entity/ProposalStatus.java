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
    WITHDRAWN;

    public boolean isOpen() {
        return this == PENDING || this == RETURNED;
    }
}

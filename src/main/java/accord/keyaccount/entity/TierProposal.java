package accord.keyaccount.entity;

/** What the account manager proposes for the tier after the meeting. */
public enum TierProposal {
    KEEP, UPGRADE, DOWNGRADE, LOST;

    /** Anything but keeping it needs the sales director. */
    public boolean changesTier() {
        return this != KEEP;
    }
}

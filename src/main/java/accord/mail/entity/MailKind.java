package accord.mail.entity;

/** What a mail is about (each person will choose per kind how they hear of it). */
public enum MailKind {
    /** A task was given to the person. */
    TASK_ASSIGNED,
    /** A task was offered to the person (by name, or to their department or role) to claim. */
    TASK_OFFERED,
    /** A task's deadline is near (80 % of its time used, half the decision time). */
    DEADLINE_NEAR,
    /** A deadline was missed: to the holder and their head. Sent during quiet hours too. */
    DEADLINE_MISSED,
    /** An annual review's meeting with the customer was scheduled: to the account manager and their reviewer. */
    REVIEW_MEETING,
    /** What the portal tells the person on its home page: an outcome (a request rejected, a promotion), a proposal decided. */
    NOTICE,
    /** The day's digest of what the person chose to hear of once a day. */
    DIGEST;

    /** An escalation: it does not wait for quiet hours. */
    public boolean urgent() {
        return this == DEADLINE_MISSED;
    }

    /** The kinds a person chooses how to hear of (the digest itself is not one). */
    public static java.util.List<MailKind> choosable() {
        return java.util.Arrays.stream(values()).filter(kind -> kind != DIGEST).toList();
    }
}

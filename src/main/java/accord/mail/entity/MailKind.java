package accord.mail.entity;

/** What a mail is about (each person will choose per kind how they hear of it). */
public enum MailKind {
    /** A task was given to the person. */
    TASK_ASSIGNED,
    /** A task was offered to the person (by name, or to their department or role) to claim. */
    TASK_OFFERED,
    /** The day's digest of what the person chose to hear of once a day. */
    DIGEST;

    /** The kinds a person chooses how to hear of (the digest itself is not one). */
    public static java.util.List<MailKind> choosable() {
        return java.util.Arrays.stream(values()).filter(kind -> kind != DIGEST).toList();
    }
}

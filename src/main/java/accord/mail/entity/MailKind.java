package accord.mail.entity;

/** What a mail is about (each person will choose per kind how they hear of it). */
public enum MailKind {
    /** A task was given to the person. */
    TASK_ASSIGNED,
    /** A task was offered to the person (by name, or to their department or role) to claim. */
    TASK_OFFERED
}

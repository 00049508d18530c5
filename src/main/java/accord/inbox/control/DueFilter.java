package accord.inbox.control;

/** Filters on a task's due date. */
public enum DueFilter {
    OVERDUE,
    TODAY,
    THIS_WEEK
}

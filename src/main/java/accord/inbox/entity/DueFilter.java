package accord.inbox.entity;

/** Filters on a task's due date. */
public enum DueFilter {
    OVERDUE,
    TODAY,
    THIS_WEEK
}

package accord.inbox.entity;

/** The inbox's lists of open tasks. */
public enum TaskList {
    /** Assigned to me (including tasks delegated to me). */
    MINE,
    /** Not yet claimed, offered to one of my groups or to me by name. */
    TEAM,
    /** Open tasks of cases I started or took part in, whoever holds them now. */
    INVOLVED,
    /** Every open task of the departments I head: offered to them or held by their members. */
    DEPARTMENT
}

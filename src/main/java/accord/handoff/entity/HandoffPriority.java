package accord.handoff.entity;

/** How urgent the requester says the work is; the inbox orders by it. */
public enum HandoffPriority {
    LOW(25),
    NORMAL(50),
    HIGH(75),
    URGENT(95);

    private final int taskPriority;

    HandoffPriority(int taskPriority) {
        this.taskPriority = taskPriority;
    }

    /** The engine task priority of the handoff's steps. */
    public int taskPriority() {
        return taskPriority;
    }
}

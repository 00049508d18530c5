package accord.inbox.entity;

/** Flowable task priorities (0–100, default 50) grouped the way people talk about them. */
public enum PriorityLevel {
    LOW(0, 49),
    NORMAL(50, 74),
    HIGH(75, 100);

    private final int min;
    private final int max;

    PriorityLevel(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public static PriorityLevel of(int priority) {
        if (priority >= HIGH.min) {
            return HIGH;
        }
        return priority >= NORMAL.min ? NORMAL : LOW;
    }
}

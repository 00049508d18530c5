package accord.handoff.entity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Where a handoff stands; each step of the process moves it, in the same transaction. */
public enum HandoffStatus {
    /** With the target department's head (or whoever decides now). */
    APPROVAL,
    /** The head asked the requester a question. */
    INFORMATION,
    /** Approved for a later date than asked; the requester accepts it or withdraws. */
    DATE_PROPOSED,
    /** With the assignee. */
    IN_PROGRESS,
    /** Handed back, or sent back the third time: the head re-assigns. */
    REASSIGNING,
    /** Delivered; the requester checks it against the acceptance criteria. */
    ACCEPTANCE,
    DONE,
    REJECTED,
    WITHDRAWN,
    /** Ended by operations (ADMIN) with a reason: the case was cancelled. */
    CANCELLED;

    /** The statuses of a handoff still under way. */
    public static final Set<HandoffStatus> OPEN = Collections.unmodifiableSet(
            EnumSet.of(APPROVAL, INFORMATION, DATE_PROPOSED, IN_PROGRESS, REASSIGNING, ACCEPTANCE));

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}

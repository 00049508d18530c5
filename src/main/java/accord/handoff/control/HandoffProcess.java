package accord.handoff.control;

import java.util.List;

/** Names in workflows/cross-department-handoff.bpmn20.xml that the portal relies on. */
public final class HandoffProcess {

    public static final String KEY = "crossDepartmentHandoff";
    /** The head's decision, and the same decision once it went to the head's manager. */
    public static final List<String> DECISION_STEPS = List.of("approve", "approveEscalated");

    private HandoffProcess() {
    }
}

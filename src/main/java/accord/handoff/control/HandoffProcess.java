package accord.handoff.control;

import accord.inbox.control.WorkflowForm;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Names in workflows/cross-department-handoff.bpmn20.xml that the portal relies on, and the form its steps are done with. */
@ApplicationScoped
public class HandoffProcess implements WorkflowForm {

    public static final String KEY = "crossDepartmentHandoff";
    /** The head's decision, and the same decision once it went to the head's manager. */
    public static final List<String> DECISION_STEPS = List.of("approve", "approveEscalated");

    @Override
    public String processKey() {
        return KEY;
    }

    @Override
    public String fragment() {
        return "/WEB-INF/forms/cross-department-handoff.xhtml";
    }
}

package accord.handoff.control;

import accord.inbox.control.WorkflowForm;
import accord.workflow.control.WorkflowKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Names in workflows/cross-department-handoff.bpmn20.xml that the portal relies on, and the form its steps are done with. */
@ApplicationScoped
public class HandoffProcess extends WorkflowForm {

    public static final String KEY = WorkflowKeys.CROSS_DEPARTMENT_HANDOFF;
    /** The case variable holding the id of the case's entity. */
    public static final String ID_VARIABLE = "handoffId";
    /** The head's decision, and the same decision once it went to the head's manager. */
    public static final List<String> DECISION_STEPS = List.of("approve", "approveEscalated");

    public HandoffProcess() {
        super(KEY, "/WEB-INF/forms/cross-department-handoff.xhtml");
    }

    /** What a handoff's case starts with: ids and routing facts, never entities. Its process test starts with the same. */
    public record Start(long handoffId, String requester, String targetDepartment, String approver, String escalateTo,
            int priority, Map<String, Object> decisionTimes) {

        public Map<String, Object> variables() {
            Map<String, Object> variables = new HashMap<>(decisionTimes);
            variables.put(ID_VARIABLE, handoffId);
            variables.put("requester", requester);
            variables.put("targetDepartment", targetDepartment);
            variables.put("approver", approver);
            variables.put("targetHead", approver);
            variables.put("escalateTo", escalateTo);
            variables.put("priority", priority);
            // Routing facts the steps fill in; declared here so that every expression of the process resolves.
            variables.put("escalated", false);
            variables.put("approvalReminded", false);
            variables.put("assignee", null);
            variables.put("deliverDue", null);
            variables.put("deliverWarnAt", null);
            variables.put("deliveryWarned", false);
            variables.put("breached", false);
            variables.put("sendBackCount", 0);
            return variables;
        }
    }
}

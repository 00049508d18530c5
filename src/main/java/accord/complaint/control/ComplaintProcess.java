package accord.complaint.control;

import accord.inbox.control.WorkflowForm;
import accord.workflow.control.WorkflowKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** Names in workflows/complaint-handling.bpmn20.xml that the portal relies on, and the form its steps are done with. */
@ApplicationScoped
public class ComplaintProcess extends WorkflowForm {

    public static final String KEY = WorkflowKeys.COMPLAINT_HANDLING;
    /** The case variable holding the id of the case's entity. */
    public static final String ID_VARIABLE = "complaintId";

    public ComplaintProcess() {
        super(KEY, "/WEB-INF/forms/complaint-handling.xhtml");
    }

    /** What a complaint's case starts with: ids and routing facts, never entities. Its process test starts with the same. */
    public record Start(long complaintId, String registeredBy, int priority, Instant responseDue, Instant resolveDue,
            Instant warnAt) {

        public Map<String, Object> variables() {
            Map<String, Object> variables = new HashMap<>();
            variables.put(ID_VARIABLE, complaintId);
            variables.put("registeredBy", registeredBy);
            variables.put("priority", priority);
            variables.put("responseDue", Date.from(responseDue));
            variables.put("resolveDue", Date.from(resolveDue));
            variables.put("warnAt", Date.from(warnAt));
            // Routing facts the steps fill in; declared here so that every expression of the process resolves.
            variables.put("department", null);
            variables.put("departmentHead", null);
            variables.put("escalatedTo", null);
            variables.put("reopenCount", 0);
            variables.put("slaWarned", false);
            variables.put("breached", false);
            return variables;
        }
    }
}

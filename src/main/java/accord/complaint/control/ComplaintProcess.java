package accord.complaint.control;

import accord.inbox.control.WorkflowForm;
import jakarta.enterprise.context.ApplicationScoped;

/** Names in workflows/complaint-handling.bpmn20.xml that the portal relies on, and the form its steps are done with. */
@ApplicationScoped
public class ComplaintProcess implements WorkflowForm {

    public static final String KEY = "complaintHandling";

    @Override
    public String processKey() {
        return KEY;
    }

    @Override
    public String fragment() {
        return "/WEB-INF/forms/complaint-handling.xhtml";
    }
}

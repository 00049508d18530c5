package accord.inbox.boundary;

import accord.inbox.control.WorkflowForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.StreamSupport;

/** The workflows' own task forms, found through CDI: the task page includes each, the server guards them. */
@Named
@ApplicationScoped
public class WorkflowForms {

    @Inject
    @Any
    Instance<WorkflowForm> declared;

    /** Does a step of this process have a workflow form (and so no generic Complete)? */
    public boolean hasForm(String processDefinitionId) {
        return forms().stream().anyMatch(form -> form.handles(processDefinitionId));
    }

    /** Every form's fragment, sorted so that the page is built the same way each time. */
    public List<String> getFragments() {
        return forms().stream().map(WorkflowForm::fragment).sorted().toList();
    }

    private List<WorkflowForm> forms() {
        return StreamSupport.stream(declared.spliterator(), false).toList();
    }
}

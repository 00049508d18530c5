package accord.casefile.control;

import accord.workflow.control.WorkflowKeys;
import java.util.Map;
import java.util.Optional;

/** The page of a case of each workflow, opened with the case's number ({@code ?number=}). */
public final class CasePages {

    private static final Map<String, String> OUTCOMES = Map.of(
            WorkflowKeys.COMPLAINT_HANDLING, "/complaints/view",
            WorkflowKeys.KEY_ACCOUNT_REVIEW, "/reviews/view",
            WorkflowKeys.CROSS_DEPARTMENT_HANDOFF, "/handoffs/view",
            WorkflowKeys.PROMOTION_APPROVAL, "/promotions/view",
            WorkflowKeys.CUSTOMER_PROPOSAL, "/proposals/view");

    private CasePages() {
    }

    /** The page's Faces outcome ("/complaints/view"), for a workflow with case pages. */
    public static Optional<String> outcome(String processKey) {
        return Optional.ofNullable(OUTCOMES.get(processKey));
    }
}

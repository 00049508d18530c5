package accord.promotion.control;

import accord.deputy.control.DeputyRouting;
import accord.inbox.control.WorkflowForm;
import accord.workflow.control.WorkflowKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Names in workflows/promotion-approval.bpmn20.xml that the portal relies on, and the form its steps are done with. */
@ApplicationScoped
public class PromotionProcess extends WorkflowForm {

    public static final String KEY = WorkflowKeys.PROMOTION_APPROVAL;
    /** The case variable holding the id of the case's entity. */
    public static final String ID_VARIABLE = "nominationId";
    /** After a rejection the same person is not nominated again for this many days, unless HR lifts the block. */
    public static final int BLOCK_DAYS = 90;

    public PromotionProcess() {
        super(KEY, "/WEB-INF/forms/promotion-approval.xhtml");
    }

    /** What a nomination's case starts with: ids and routing facts, never entities. Its process test starts with the same. */
    public record Start(long nominationId, String nominator, String nominee, String headApprover, boolean directorStep) {

        public Map<String, Object> variables() {
            Map<String, Object> variables = new HashMap<>();
            variables.put(ID_VARIABLE, nominationId);
            variables.put("nominator", nominator);
            variables.put("nominee", nominee);
            variables.put("headApprover", headApprover);
            variables.put("headStep", headApprover != null);
            variables.put("directorStep", directorStep);
            // Nobody decides on their own nomination, not even as someone's deputy.
            variables.put(DeputyRouting.NOT_TO_DEPUTIES, new ArrayList<>(List.of(nominator, nominee)));
            // Routing facts the steps fill in; declared here so that every expression of the process resolves.
            variables.put("hrDecision", null);
            variables.put("headApproved", false);
            variables.put("directorApproved", false);
            variables.put("effectiveAt", null);
            return variables;
        }
    }
}

package accord.proposal.control;

import accord.deputy.control.DeputyRouting;
import accord.inbox.control.WorkflowForm;
import accord.workflow.control.WorkflowKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Names in workflows/customer-proposal.bpmn20.xml that the portal relies on, and the form its steps are done with. */
@ApplicationScoped
public class ProposalProcess extends WorkflowForm {

    public static final String KEY = WorkflowKeys.CUSTOMER_PROPOSAL;
    /** The case variable holding the id of the case's entity. */
    public static final String ID_VARIABLE = "proposalId";
    public static final String APPROVE_STEP = "approveProposal";
    public static final String REVISE_STEP = "reviseProposal";

    public ProposalProcess() {
        super(KEY, "/WEB-INF/forms/customer-proposal.xhtml");
    }

    /** What a proposal's case starts with: ids and routing facts, never entities. Its process test starts with the same. */
    public record Start(long proposalId, String proposer, String approver) {

        public Map<String, Object> variables() {
            Map<String, Object> variables = new HashMap<>();
            variables.put(ID_VARIABLE, proposalId);
            variables.put("proposer", proposer);
            variables.put("approver", approver);
            // Four eyes: the approver's deputy is never the proposer.
            variables.put(DeputyRouting.NOT_TO_DEPUTIES, new ArrayList<>(List.of(proposer)));
            // Routing facts the steps fill in; declared here so that every expression of the process resolves.
            variables.put("decision", null);
            variables.put("resubmitted", false);
            return variables;
        }
    }
}

package accord.workflow.control;

/**
 * The keys of the processes and decision tables in {@code workflows/} by which the portal starts,
 * recognises and asks them: the one list of them (WorkflowKeysTest holds it against the files).
 */
public final class WorkflowKeys {

    public static final String COMPLAINT_HANDLING = "complaintHandling";
    public static final String KEY_ACCOUNT_REVIEW = "keyAccountReview";
    public static final String CROSS_DEPARTMENT_HANDOFF = "crossDepartmentHandoff";
    public static final String PROMOTION_APPROVAL = "promotionApproval";
    public static final String CUSTOMER_PROPOSAL = "customerProposal";

    public static final String COMPLAINT_SLA = "complaintSla";
    public static final String CUSTOMER_TIER = "customerTier";
    public static final String PROMOTION_ELIGIBILITY = "promotionEligibility";
    public static final String PROMOTION_APPROVAL_CHAIN = "promotionApprovalChain";

    private WorkflowKeys() {
    }

    /** The process key of a process definition id ({@code key:version:id}). */
    public static String processKeyOf(String processDefinitionId) {
        int colon = processDefinitionId == null ? -1 : processDefinitionId.indexOf(':');
        return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
    }

    /** Is a process definition ("key:version:id") one of the process with this key? */
    public static boolean isDefinitionOf(String processKey, String processDefinitionId) {
        return processDefinitionId != null && processDefinitionId.startsWith(processKey + ":");
    }
}

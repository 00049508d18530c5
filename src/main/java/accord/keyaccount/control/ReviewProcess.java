package accord.keyaccount.control;

import accord.inbox.control.WorkflowForm;
import accord.workflow.control.WorkflowKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** Names in workflows/key-account-review.bpmn20.xml that the portal relies on, and the form its steps are done with. */
@ApplicationScoped
public class ReviewProcess extends WorkflowForm {

    public static final String KEY = WorkflowKeys.KEY_ACCOUNT_REVIEW;
    /** The case variable holding the id of the case's entity. */
    public static final String ID_VARIABLE = "reviewId";
    /** An unfinished review goes to the sales manager as well after this many days. */
    public static final int OVERDUE_DAYS = 30;

    public ReviewProcess() {
        super(KEY, "/WEB-INF/forms/key-account-review.xhtml");
    }

    /** What a review's case starts with: ids and routing facts, never entities. Its process test starts with the same. */
    public record Start(long reviewId, String accountManager, String salesManager, Instant startedAt) {

        public Map<String, Object> variables() {
            Map<String, Object> variables = new HashMap<>();
            variables.put(ID_VARIABLE, reviewId);
            variables.put("accountManager", accountManager);
            variables.put("salesManager", salesManager);
            variables.put("overdueAt", Date.from(startedAt.plus(Duration.ofDays(OVERDUE_DAYS))));
            // Routing facts the steps fill in; declared here so that every expression of the process resolves.
            variables.put("meetingAt", null);
            variables.put("reviewApproved", false);
            variables.put("tierChange", false);
            return variables;
        }
    }
}

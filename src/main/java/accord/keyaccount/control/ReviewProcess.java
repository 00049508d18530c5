package accord.keyaccount.control;

import accord.inbox.control.WorkflowForm;
import jakarta.enterprise.context.ApplicationScoped;

/** Names in workflows/key-account-review.bpmn20.xml that the portal relies on, and the form its steps are done with. */
@ApplicationScoped
public class ReviewProcess implements WorkflowForm {

    public static final String KEY = "keyAccountReview";
    /** An unfinished review goes to the sales manager as well after this many days. */
    public static final int OVERDUE_DAYS = 30;

    @Override
    public String processKey() {
        return KEY;
    }

    @Override
    public String fragment() {
        return "/WEB-INF/forms/key-account-review.xhtml";
    }
}

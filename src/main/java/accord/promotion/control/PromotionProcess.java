package accord.promotion.control;

import accord.inbox.control.WorkflowForm;
import jakarta.enterprise.context.ApplicationScoped;

/** Names in workflows/promotion-approval.bpmn20.xml that the portal relies on, and the form its steps are done with. */
@ApplicationScoped
public class PromotionProcess implements WorkflowForm {

    public static final String KEY = "promotionApproval";
    /** After a rejection the same person is not nominated again for this many days, unless HR lifts the block. */
    public static final int BLOCK_DAYS = 90;

    @Override
    public String processKey() {
        return KEY;
    }

    @Override
    public String fragment() {
        return "/WEB-INF/forms/promotion-approval.xhtml";
    }
}

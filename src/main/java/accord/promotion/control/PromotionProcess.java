package accord.promotion.control;

/** Names in workflows/promotion-approval.bpmn20.xml that the portal relies on. */
public final class PromotionProcess {

    public static final String KEY = "promotionApproval";
    /** After a rejection the same person is not nominated again for this many days, unless HR lifts the block. */
    public static final int BLOCK_DAYS = 90;

    private PromotionProcess() {
    }
}

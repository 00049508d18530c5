package accord.keyaccount.control;

/** Names in workflows/key-account-review.bpmn20.xml that the portal relies on. */
public final class ReviewProcess {

    public static final String KEY = "keyAccountReview";
    /** An unfinished review goes to the sales manager as well after this many days. */
    public static final int OVERDUE_DAYS = 30;

    private ReviewProcess() {
    }
}

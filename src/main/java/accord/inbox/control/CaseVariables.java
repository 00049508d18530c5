package accord.inbox.control;

/**
 * Process variables every workflow sets when it starts a case, so that the inbox can show and
 * filter any process the same way. The business key is the case number.
 */
public final class CaseVariables {

    /** The case's one-line subject (also the process instance name). */
    public static final String SUBJECT = "caseSubject";
    /** Id of the customer the case is about, if any. */
    public static final String CUSTOMER_ID = "customerId";
    /** The customer's name at the time, for display. */
    public static final String CUSTOMER_NAME = "customerName";

    private CaseVariables() {
    }
}

package accord.casefile.control;

/**
 * Process variables every workflow sets when it starts a case, so that the inbox can show and
 * filter any process the same way. The business key is the case number.
 */
public final class CaseVariables {

    /** The case's one-line subject (also the process instance name). */
    public static final String SUBJECT = "caseSubject";
    /**
     * The subject in English, where it has words of the portal (a grade's name) rather than only
     * what people typed; {@link #SUBJECT} then holds the Chinese one. Read by {@link #subject}.
     */
    public static final String SUBJECT_EN = "caseSubjectEn";
    /** Id of the customer the case is about, if any. */
    public static final String CUSTOMER_ID = "customerId";
    /** The customer's name at the time, for display. */
    public static final String CUSTOMER_NAME = "customerName";

    private CaseVariables() {
    }

    /** The subject and (where the case has one) the customer, as every case starts with them. */
    public static java.util.Map<String, Object> labels(String subject, Long customerId, String customerName) {
        java.util.Map<String, Object> labels = new java.util.HashMap<>();
        labels.put(SUBJECT, subject);
        if (customerId != null) {
            labels.put(CUSTOMER_ID, customerId);
            labels.put(CUSTOMER_NAME, customerName);
        }
        return labels;
    }

    /** The case's subject in the language of the page. */
    public static String subject(java.util.Map<String, Object> variables) {
        Object english = variables.get(SUBJECT_EN);
        Object subject = english != null && "en".equals(accord.platform.control.Text.language()) ? english
                : variables.get(SUBJECT);
        return subject == null ? null : subject.toString();
    }
}

package accord.complaint.entity;

/** Why it happened, as the resolving department records it. */
public enum RootCause {
    PRODUCT_DEFECT, DESIGN, PRODUCTION, LOGISTICS, STAFF_CONDUCT, PROCESS, DOCUMENTATION, CUSTOMER_MISUSE, OTHER
}

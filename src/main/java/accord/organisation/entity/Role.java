package accord.organisation.entity;

/** What a person may do in the portal. Role names double as Flowable candidate groups. */
public enum Role {
    STAFF,
    CUSTOMER_SERVICE,
    DEPT_HEAD,
    SALES_MANAGER,
    SALES_DIRECTOR,
    HR,
    ADMIN
}

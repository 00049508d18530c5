package accord.complaint.entity;

/** Where the complaint came in. */
public enum Channel {
    PHONE, EMAIL, WEB, VISIT, OTHER
}

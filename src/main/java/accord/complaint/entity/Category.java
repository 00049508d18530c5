package accord.complaint.entity;

/** What the complaint is about. */
public enum Category {
    PRODUCT_QUALITY, DELIVERY, SERVICE_ATTITUDE, BILLING, TECHNICAL, OTHER
}

package accord.handoff.entity;

/** What kind of work is asked for (DOMAIN.md, workflow 3). */
public enum HandoffKind {
    TECHNICAL_PROPOSAL,
    QUOTATION,
    TENDER_SUPPORT,
    DEMO_OR_TEST,
    INSTALLATION,
    AFTER_SALES_SERVICE,
    MARKETING_MATERIAL,
    PRODUCT_CUSTOMISATION,
    OTHER
}

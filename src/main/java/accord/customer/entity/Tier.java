package accord.customer.entity;

/** Customer tier by sales volume, frequency, years of cooperation and value (DOMAIN.md). */
public enum Tier {
    /** Key (VIP) account: personal service, fastest response, an annual account plan. */
    A,
    /** Regular customer. */
    B,
    /** Potential customer. */
    C
}

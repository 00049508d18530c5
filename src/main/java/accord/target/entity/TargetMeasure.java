package accord.target.entity;

/**
 * What a target is set for (DOMAIN.md, "Sales targets"). The additive measures are split down the
 * line (a team's sales are its members' sales); the rates are the company's alone.
 */
public enum TargetMeasure {
    SALES_AMOUNT(true, 2),
    NEW_CUSTOMERS(true, 0),
    VISITS(true, 0),
    KEY_ACCOUNT_RETENTION(false, 1),
    CUSTOMER_SATISFACTION(false, 1);

    private final boolean additive;
    private final int decimals;

    TargetMeasure(boolean additive, int decimals) {
        this.additive = additive;
        this.decimals = decimals;
    }

    /** Split into managers' shares and team members' quarters; the parts should add up to the whole. */
    public boolean additive() {
        return additive;
    }

    /** Decimal places a value may have: yuan to the fen, counts whole, percentages to a tenth. */
    public int decimals() {
        return decimals;
    }

    /** A percentage, at most 100. */
    public boolean percentage() {
        return !additive;
    }
}

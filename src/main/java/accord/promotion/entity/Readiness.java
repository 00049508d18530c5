package accord.promotion.entity;

/** When the nominator thinks the nominee is ready for the target grade. */
public enum Readiness {
    NOW, SIX_MONTHS, ONE_YEAR
}

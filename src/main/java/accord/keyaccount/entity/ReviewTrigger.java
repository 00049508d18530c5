package accord.keyaccount.entity;

/** Why a review was started: the yearly round of key accounts, a sales manager's choice, or an account at risk. */
public enum ReviewTrigger { YEARLY, MANUAL, AT_RISK }

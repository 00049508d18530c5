package accord.customer.control;

/**
 * An account has a new manager (fired inside the transaction that changes it): components whose
 * open work the account manager does for the account (reviews, handoffs) hand it to the new one,
 * so that the customer component imports none of them. {@code from} or {@code to} may be null.
 */
public record AccountManagerChanged(long customerId, String customerCode, String from, String to, String by) {
}

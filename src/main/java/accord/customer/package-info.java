/**
 * Customers and their tier (A key account, B regular, C potential) with the account manager who
 * looks after them; the customer list, the pickers' search and the customer page with its contact
 * people. Complaints, handoffs and annual reviews refer to customers and add their cards to the
 * customer page ({@code CustomerCard}); who sees and keeps an account is {@code AccountAccess}.
 * An account changes hands only through {@code AccountManagers} (history and the
 * {@code AccountManagerChanged} event its open work follows); two records of one customer are
 * merged through every component's {@code CustomerParts}.
 */
package accord.customer;

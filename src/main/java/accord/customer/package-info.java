/**
 * Customers and their tier (A key account, B regular, C potential) with the account manager who
 * looks after them. Complaints, handoffs and annual reviews refer to customers.
 */
package accord.customer;

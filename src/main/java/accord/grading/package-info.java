/**
 * Grading (issue 7): the grade ladder HR keeps (levels and the requirements for reaching a grade),
 * every grade change with its effective date, and a person's record: quarterly performance (target
 * and sales of their accounts, new customers, visits, their customers' satisfaction and
 * complaints) and training. Promotions (package promotion) read the record and change grades
 * through it.
 */
package accord.grading;

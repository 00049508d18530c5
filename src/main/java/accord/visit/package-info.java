/**
 * Customer visits (issue 20; 002 §1.5, §2.5): a rep records a visit done, or plans the week's
 * visits and reports each as done or missed. A visit keeps whether its customer was still a
 * prospect that day, for "visits to existing vs prospective customers" and "sales per visit". A rep
 * sees their own visits, a sales manager their team's, the sales director everyone's.
 */
package accord.visit;

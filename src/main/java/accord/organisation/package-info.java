/**
 * The organisation directory the portal owns (not Flowable IDM): departments with their heads,
 * employees with manager, grade and roles. Flowable candidate groups are department codes and
 * role names; sign-in checks passwords against this directory.
 */
package accord.organisation;

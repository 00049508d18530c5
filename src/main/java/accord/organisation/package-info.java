/**
 * The organisation directory the portal owns (not Flowable IDM): departments with their heads,
 * employees with manager, grade and roles, and who may see a person ({@code PersonAccess}).
 * Flowable candidate groups are department codes and role names; sign-in checks passwords against
 * this directory. A grade's name is the ladder's ({@code GradeNames}, grading implements it).
 */
package accord.organisation;

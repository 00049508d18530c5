/**
 * The People pages: the list of people the reader may see and a person's page. The page looks
 * the person up once and hands them to the {@code PersonCard}s other components add (grading's
 * record and its forms, promotion's nominations), so this component imports none of them.
 */
package accord.people;

package accord.organisation.control;

import java.util.Locale;

/**
 * A grade's name in a language. A person's grade is a code on their record; its name is the grade
 * ladder's (grading implements this), so the people pages name grades without depending on grading.
 */
public interface GradeNames {

    /** The grade's name in the reader's language; a code not on the ladder as it is. */
    String nameOf(String code, Locale locale);

    /** The ladder's grade codes, lowest first. */
    java.util.List<String> codes();
}

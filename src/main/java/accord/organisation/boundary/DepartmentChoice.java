package accord.organisation.boundary;

import accord.organisation.control.Directory;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** A department to choose in a form, named in the person's language. */
public record DepartmentChoice(String code, String name) implements Serializable {

    /** Every active department, by code. */
    public static List<DepartmentChoice> all(Directory directory, Locale locale) {
        return directory.departments().stream().filter(d -> d.isActive()).map(d -> new DepartmentChoice(d.code(), d.name(locale))).toList();
    }
}

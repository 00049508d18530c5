package accord.portal.control;

import accord.inbox.control.ListCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** Open workflow tasks of a whole department, straight from the engine (never cached). */
@ApplicationScoped
public class OpenWork {

    @Inject
    ListCounts counts;

    /** Open tasks of a department: offered to it, or assigned to one of its members. */
    public long ofDepartment(String departmentCode) {
        return departmentCode == null ? 0 : counts.ofDepartments(Set.of(departmentCode));
    }
}

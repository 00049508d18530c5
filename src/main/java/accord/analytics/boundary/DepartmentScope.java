package accord.analytics.boundary;

import accord.analytics.control.WorkflowPerformance;
import accord.organisation.boundary.DepartmentChoice;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The departments a reader may narrow the workflow figures to: any (the sales director, ADMIN), or those they head. */
final class DepartmentScope {

    private DepartmentScope() {
    }

    static List<DepartmentChoice> offered(Actor actor, Directory directory, Locale locale) {
        boolean any = WorkflowPerformance.seesWholeWorkflows(actor);
        return DepartmentChoice.all(directory, locale).stream().filter(d -> any || actor.heads(d.code())).toList();
    }

    /** The department asked for if it is offered; a code not offered is ignored, not refused. */
    static Optional<String> chosen(String asked, List<DepartmentChoice> offered) {
        return Optional.ofNullable(asked).filter(code -> offered.stream().anyMatch(d -> d.code().equals(code)));
    }
}

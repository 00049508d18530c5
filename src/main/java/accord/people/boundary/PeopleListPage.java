package accord.people.boundary;

import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.control.GradeNames;
import accord.organisation.control.PersonAccess;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/** The people whose record the signed-in person may see (/people/index.xhtml): themselves, their team, all for HR. */
@Named
@ViewScoped
public class PeopleListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    public record Row(String login, String name, String department, String grade, String manager) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    Directory directory;

    @Inject
    GradeNames ladder;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            Actor actor = me.actor();
            rows = directory.everyone().stream().filter(p -> p.isActive() && PersonAccess.maySee(actor, p))
                    .map(p -> new Row(p.login(), p.displayName(), p.department().name(me.getLocale()),
                            ladder.nameOf(p.grade(), me.getLocale()),
                            p.manager() == null ? "—" : p.manager().displayName()))
                    .sorted(Comparator.comparing(Row::department).thenComparing(Row::name)).toList();
        }
        return rows;
    }
}

package accord.people.boundary;

import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.control.GradeNames;
import accord.organisation.control.PersonAccess;
import accord.organisation.entity.Employee;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * A person's page: who they are; their record, the forms that keep it and their nominations are
 * {@link PersonCard}s, handed the person here once the reader may see them.
 */
@Named
@ViewScoped
public class EmployeePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The person's header line. */
    public record Facts(String login, String name, String department, String manager, String grade) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    Directory directory;

    @Inject
    GradeNames grades;

    @Inject
    @Any
    Instance<PersonCard> cards;

    @Inject
    @Param(name = "login")
    String login;

    private Facts facts;

    public void load() {
        Actor actor = me.actor();
        Optional<Employee> person = directory.employee(login);
        if (person.isPresent() && PersonAccess.maySee(actor, person.get())) {
            show(person.get(), actor);
            return;
        }
        if (person.isPresent()) {
            AccessRefusals.record(actor.login(), AuditWording.of("audit.act.seePerson", login), "people.notFound");
        }
        // Someone else's record is "not found" too: the page does not tell who works here.
        Messages.addGlobalError(Text.of("people.notFound"));
    }

    private void show(Employee person, Actor actor) {
        facts = new Facts(person.login(), person.displayName(), person.department().name(me.getLocale()),
                person.manager() == null ? "—" : person.manager().displayName(), grades.nameOf(person.grade(), me.getLocale()));
        cards.forEach(card -> card.load(person, actor));
    }

    public Facts getFacts() {
        return facts;
    }
}

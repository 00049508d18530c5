package accord.people.boundary;

import accord.organisation.control.Actor;
import accord.organisation.entity.Employee;
import accord.security.boundary.CurrentPerson;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * A card of a person's page that another component fills (grade record, record forms,
 * nominations): the page looks the person up once, checks the reader may see them, and hands the
 * person to every card found through CDI, so the organisation component imports none of them.
 */
public abstract class PersonCard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected CurrentPerson me;

    /** Reads what the card shows of this person to this reader. */
    protected abstract void read(Employee person, Actor actor);

    /** Called by the person's page once per view (not final: CDI proxies it). */
    public void load(Employee person, Actor actor) {
        read(person, actor);
    }
}

package accord.organisation.control;

import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;

/**
 * Who sees a person's page and record (grade history, performance, training, nominations' outcomes):
 * the person, their line managers and the heads above their department, HR, the sales director and
 * ADMIN.
 */
public final class PersonAccess {

    private PersonAccess() {
    }

    public static boolean maySee(Actor actor, Employee person) {
        return actor.login().equals(person.login()) || keepsPeople(actor) || actor.isIn(Role.SALES_DIRECTOR.name())
                || leads(actor, person);
    }

    /** HR and ADMIN keep people's records. */
    public static boolean keepsPeople(Actor actor) {
        return actor.admin() || actor.isIn(Role.HR.name());
    }

    /** A line manager above the person, or a head of their department or one above it. */
    public static boolean leads(Actor actor, Employee person) {
        if (actor.login().equals(person.login())) {
            return false;
        }
        if (person.department() != null && actor.heads(person.department().code())) {
            return true;
        }
        int steps = 0;
        for (Employee manager = person.manager(); manager != null && steps < 20; manager = manager.manager(), steps++) {
            if (manager.login().equals(actor.login())) {
                return true;
            }
        }
        return false;
    }
}

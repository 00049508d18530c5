package accord.grading.control;

import accord.organisation.control.Actor;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;

/**
 * Who sees a person's record (grade history, performance, training) and who keeps it: the person,
 * their line managers and the heads above their department, HR, the sales director and ADMIN see
 * it; a line manager or head above records new customers and visits; HR records training and keeps
 * the grade ladder (ADMIN too).
 */
public final class RecordAccess {

    private RecordAccess() {
    }

    public static boolean maySee(Actor actor, Employee person) {
        return actor.login().equals(person.login()) || keepsPeople(actor) || actor.isIn(Role.SALES_DIRECTOR.name())
                || leads(actor, person);
    }

    public static boolean mayRecordActivity(Actor actor, Employee person) {
        return !actor.login().equals(person.login()) && (leads(actor, person) || keepsPeople(actor));
    }

    public static boolean mayRecordTraining(Actor actor) {
        return keepsPeople(actor);
    }

    public static boolean mayKeepLadder(Actor actor) {
        return keepsPeople(actor);
    }

    private static boolean keepsPeople(Actor actor) {
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

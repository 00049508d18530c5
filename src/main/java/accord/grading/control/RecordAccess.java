package accord.grading.control;

import accord.organisation.control.Actor;
import accord.organisation.control.PersonAccess;
import accord.organisation.entity.Employee;

/**
 * Who keeps a person's record: a line manager or head above records new customers and visits; HR
 * records training and keeps the grade ladder (ADMIN too). Who sees it is PersonAccess's.
 */
public final class RecordAccess {

    private RecordAccess() {
    }

    public static boolean mayRecordActivity(Actor actor, Employee person) {
        return !actor.login().equals(person.login()) && (PersonAccess.leads(actor, person) || PersonAccess.keepsPeople(actor));
    }

    public static boolean mayRecordTraining(Actor actor) {
        return PersonAccess.keepsPeople(actor);
    }

    public static boolean mayKeepLadder(Actor actor) {
        return PersonAccess.keepsPeople(actor);
    }
}

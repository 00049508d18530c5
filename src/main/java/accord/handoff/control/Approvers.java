package accord.handoff.control;

import accord.deputy.control.Absences;
import accord.organisation.control.Directory;
import accord.organisation.entity.Department;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who decides on a request to a department: its head; when the head is the requester (nobody
 * approves their own request) or the department has none, the head's own manager or else the
 * sales director; and the same person again when the head lets the decision wait too long.
 */
@ApplicationScoped
public class Approvers {

    /** Who decides (and later re-assigns), and who gets the decision when it is overdue. */
    public record Routing(String approver, String escalateTo) {
    }

    @Inject
    Directory directory;

    @Inject
    Absences absences;

    /** Empty when nobody but the requester could decide. */
    public Optional<Routing> of(Department target, String requester) {
        Employee head = target.head() != null && target.head().isActive() ? target.head() : null;
        String headLogin = head == null ? null : head.login();
        String escalateTo = Stream.concat(Stream.ofNullable(head).map(Employee::manager).filter(Objects::nonNull),
                        directory.withRole(Role.SALES_DIRECTOR).stream())
                .filter(Employee::isActive).map(Employee::login)
                .filter(login -> !login.equals(requester) && !login.equals(headLogin))
                .findFirst().orElse(null);
        String approver = headLogin != null && !headLogin.equals(requester) ? headLogin : escalateTo;
        if (approver == null) {
            return Optional.empty();
        }
        return Optional.of(new Routing(approver, escalateTo == null ? approver : escalateTo));
    }

    /** Does the actor act as this person: the person themselves, or their deputy while they are away? */
    public boolean actsFor(String actor, String person) {
        return absences.actsFor(actor, person);
    }
}

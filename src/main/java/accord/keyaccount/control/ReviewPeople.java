package accord.keyaccount.control;

import accord.customer.entity.Customer;
import accord.organisation.control.Directory;
import accord.organisation.entity.Department;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who works on an account's review: its account manager prepares, meets and records; the account
 * manager's own manager reviews (else the head of their team or department, else the sales director).
 */
@ApplicationScoped
public class ReviewPeople {

    public record People(String accountManager, String salesManager) {
    }

    @Inject
    Directory directory;

    /** Empty when the account has no active account manager or nobody could review. */
    public Optional<People> of(Customer customer) {
        Employee manager = customer.accountManager();
        if (manager == null || !manager.isActive()) {
            return Optional.empty();
        }
        return reviewerOf(manager).map(reviewer -> new People(manager.login(), reviewer));
    }

    /** Who reviews what this person prepares: their own manager, else the head of their team or a department above, else the sales director. */
    public Optional<String> reviewerOf(Employee accountManager) {
        Stream<Employee> heads = Stream.iterate(accountManager.department(), d -> d != null, Department::parent).map(Department::head);
        return Stream.concat(Stream.concat(Stream.ofNullable(accountManager.manager()), heads),
                        directory.withRole(Role.SALES_DIRECTOR).stream())
                .filter(e -> e != null && e.isActive() && !e.login().equals(accountManager.login()))
                .map(Employee::login).findFirst();
    }
}

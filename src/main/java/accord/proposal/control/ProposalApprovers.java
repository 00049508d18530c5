package accord.proposal.control;

import accord.organisation.control.Directory;
import accord.organisation.entity.Department;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who approves a rep's proposal: the nearest active sales manager heading the rep's team or a
 * department above it. Nobody outside a sales manager's teams proposes (and a sales manager adds
 * customers directly).
 */
@ApplicationScoped
public class ProposalApprovers {

    @Inject
    Directory directory;

    public Optional<String> of(String proposer) {
        return directory.employee(proposer).filter(Employee::isActive).flatMap(person -> Stream
                .iterate(person.department(), d -> d != null, Department::parent).map(Department::head)
                .filter(head -> head != null && head.isActive() && !head.login().equals(proposer)
                        && head.roles().contains(Role.SALES_MANAGER))
                .map(Employee::login).findFirst());
    }
}

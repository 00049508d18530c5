package accord.organisation.boundary;

import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The administrators' view of the directory (page guarded by the ADMIN role in web.xml). */
@Named
@RequestScoped
public class People {

    @Inject
    Directory directory;

    private List<Employee> employees = List.of();

    public void load() {
        employees = directory.everyone();
    }

    public List<Employee> getEmployees() {
        return employees;
    }

    public List<String> rolesOf(Employee employee) {
        return employee.roles().stream().map(Role::name).toList();
    }
}

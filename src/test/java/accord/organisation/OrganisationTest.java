package accord.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.organisation.entity.Department;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    private final Department sales = new Department("SALES", "销售部", "Sales", null);
    private final Department hr = new Department("HR", "人力资源部", "Human Resources", null);

    @Test
    void everyEmployeeIsStaffAndGainsRoles() {
        Employee employee = new Employee("wang.fang", "王芳", null, sales, "hash");
        employee.grant(Role.SALES_MANAGER);
        assertEquals(Set.of(Role.STAFF, Role.SALES_MANAGER), employee.roles());
        assertTrue(employee.isActive());
    }

    @Test
    void onlyAMemberHeadsADepartment() {
        Employee outsider = new Employee("cao.li", "曹丽", null, hr, "hash");
        assertThrows(IllegalArgumentException.class, () -> sales.appointHead(outsider));
    }

    @Test
    void nobodyIsTheirOwnManager() {
        Employee employee = new Employee("wang.fang", "王芳", null, sales, "hash");
        assertThrows(IllegalArgumentException.class, () -> employee.reportTo(employee));
    }

    @Test
    void loginsAndCodesHaveOneSpelling() {
        assertThrows(IllegalArgumentException.class, () -> new Employee("Wang Fang", "王芳", null, sales, "hash"));
        assertThrows(IllegalArgumentException.class, () -> new Department("sales", "销售部", "Sales", null));
    }

    @Test
    void departmentNamesFollowTheLanguage() {
        assertEquals("销售部", sales.name(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Sales", sales.name(Locale.ENGLISH));
    }
}

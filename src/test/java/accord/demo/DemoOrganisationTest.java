package accord.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.customer.entity.Tier;
import accord.demo.control.DemoOrganisation;
import accord.organisation.entity.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo company covers what the portal needs to be tried out by every kind of user. */
class DemoOrganisationTest {

    @Test
    void everyRoleHasSomebodyAndEveryDepartmentAHeadWhoBelongsToIt() {
        String banner = DemoOrganisation.loginsBanner();
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.STAFF))) {
            assertTrue(banner.contains(role.name()), role + " missing in\n" + banner);
        }
        assertTrue(DemoOrganisation.departmentsHeadedByTheirMembers());
    }

    @Test
    void sizesMatchTheBrief() {
        assertEquals(25, DemoOrganisation.people().size());
        assertEquals(10, DemoOrganisation.departmentCodes().size());
        assertEquals(40, DemoOrganisation.customerTiers().size());
        assertEquals(Set.of(Tier.A, Tier.B, Tier.C), Set.copyOf(DemoOrganisation.customerTiers()));
    }
}

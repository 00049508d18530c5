package accord.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.customer.control.CustomerImport;
import accord.customer.entity.Tier;
import accord.platform.control.TableFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerImportTest {

    /** Stored: C0001 (tier A, the importer keeps it), C0002 (another team's); the importer's team: wang.fang. */
    private static CustomerImport.Rules rules(boolean director) {
        return new CustomerImport.Rules() {
            @Override
            public Optional<CustomerImport.Stored> customer(String code) {
                return switch (code) {
                    case "C0001" -> Optional.of(new CustomerImport.Stored(Tier.A, true));
                    case "C0002" -> Optional.of(new CustomerImport.Stored(Tier.B, director));
                    default -> Optional.empty();
                };
            }

            @Override
            public boolean mayLookAfter(String login) {
                return login.equals("wang.fang") || director && login.equals("sun.li");
            }

            @Override
            public boolean choosesFreely() {
                return director;
            }
        };
    }

    private static CustomerImport.Checked check(String csv, boolean director) throws Exception {
        return CustomerImport.check(TableFile.read("customers.csv", csv.getBytes(StandardCharsets.UTF_8)), rules(director));
    }

    @Test
    void newAndKnownCustomersOfTheImportersTeam() throws Exception {
        var checked = check("""
                名称,客户编码,客户经理,地区,合作起始年,等级
                新客户一号,,wang.fang,苏州,2025,
                恒通精密,C0001,wang.fang,上海,2018,A
                """, false);
        assertEquals(List.of(), checked.problems());
        assertEquals(2, checked.lines().size());
        assertEquals(Tier.C, checked.lines().get(0).tier(), "a new customer starts at C");
        assertEquals("C0001", checked.lines().get(1).code());
    }

    @Test
    void everyBadLineIsNamed() throws Exception {
        var checked = check("""
                code,name,account_manager,customer_since,tier
                C0009,不存在,wang.fang,,
                C0002,别的组,wang.fang,,
                C0001,改等级,wang.fang,,B
                ,自定等级,wang.fang,,A
                ,别组经理,sun.li,,
                ,,wang.fang,19x5,D
                ,无人负责,,,
                """, false);
        assertTrue(checked.lines().isEmpty(), "a file with problems imports nothing");
        List<String> found = checked.problems().stream().map(p -> p.line() + " " + p.column() + " " + p.messageKey()).toList();
        for (String expected : List.of("2 code import.customers.unknown", "3 code customers.refused.notAllowed",
                "4 tier import.customers.tierHere", "5 tier import.customers.tierDirector", "6 account_manager customers.refused.notYourTeam",
                "7 name customers.refused.name", "7 customer_since customers.refused.since", "7 tier import.customers.tier",
                "8 account_manager customers.refused.notYourTeam")) {
            assertTrue(found.contains(expected), expected + " in " + found);
        }
    }

    @Test
    void theDirectorChoosesAnyManagerNoneAndANewCustomersTier() throws Exception {
        var checked = check("""
                code,name,account_manager,tier
                ,大客户迁入,sun.li,A
                ,暂无经理,,
                C0002,别的组,sun.li,B
                """, true);
        assertEquals(List.of(), checked.problems());
        assertEquals(Tier.A, checked.lines().get(0).tier());
    }
}

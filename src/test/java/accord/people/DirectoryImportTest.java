package accord.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.organisation.entity.Role;
import accord.platform.control.TableExport;
import accord.people.control.DirectoryImport;
import accord.platform.control.TableFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryImportTest {

    /** Stored: departments SALES (active) and OLD (deactivated); wang.fang active in SALES, gone.person deactivated. */
    private static final DirectoryImport.Stored STORED = new DirectoryImport.Stored() {
        @Override
        public boolean isActiveDepartment(String code) {
            return code.equals("SALES");
        }

        @Override
        public boolean isDepartment(String code) {
            return code.equals("SALES") || code.equals("OLD");
        }

        @Override
        public Optional<Boolean> personActive(String login) {
            return Optional.ofNullable(Map.of("wang.fang", true, "gone.person", false).get(login));
        }

        @Override
        public Optional<String> departmentOf(String login) {
            return login.equals("wang.fang") ? Optional.of("SALES") : Optional.empty();
        }

        @Override
        public boolean isGrade(String code) {
            return code.equals("SR");
        }
    };

    private static List<TableFile.Line> csv(String text) throws Exception {
        return TableFile.read("file.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aGoodFileOfPeopleGivesEveryLineWithItsRoles() throws Exception {
        var checked = DirectoryImport.people(csv("""
                账号,姓名,部门,上级,角色,email,time_zone,language,grade
                li.lei,李雷,SALES,han.mei,HR;sales_manager,li.lei@example.com,Asia/Tokyo,en,SR
                han.mei,韩梅梅,SALES,wang.fang,,,,,
                wang.fang,王芳,SALES,,,,,zh-CN,
                """), STORED);
        assertEquals(List.of(), checked.problems());
        assertEquals(3, checked.lines().size());
        assertEquals(Set.of(Role.STAFF, Role.HR, Role.SALES_MANAGER), checked.lines().get(0).roles());
        assertEquals("han.mei", checked.lines().get(0).record().manager(), "a manager new in the same file");
    }

    @Test
    void everyBadLineIsNamedWithItsColumnAndNothingIsImported() throws Exception {
        var checked = DirectoryImport.people(csv("""
                login,name,department,manager,roles,email,time_zone,language,grade
                Li Lei,李雷,SALES,,,,,,
                han.mei,,NOWHERE,nobody,WIZARD,not-mail,Mars/Base,fr,XX
                wang.fang,王芳,SALES,,,,,,
                wang.fang,王芳,SALES,,,,,,
                gone.person,离开,SALES,,,,,,
                a.one,甲,SALES,b.two,,,,,
                b.two,乙,SALES,a.one,,,,,
                """), STORED);
        assertTrue(checked.lines().isEmpty(), "a file with problems imports nothing");
        List<String> found = checked.problems().stream().map(p -> p.line() + " " + p.column() + " " + p.messageKey()).toList();
        for (String expected : List.of("2 login person.refused.login", "3 name person.refused.name",
                "3 department import.unknownDepartment", "3 manager import.unknownManager", "3 roles import.role",
                "3 email person.refused.email", "3 time_zone import.zone", "3 language person.refused.language",
                "3 grade person.refused.grade", "5 login import.duplicate", "6 login import.deactivated",
                "7 manager person.refused.managerLoop", "8 manager person.refused.managerLoop")) {
            assertTrue(found.contains(expected), expected + " in " + found);
        }
    }

    @Test
    void departmentsComeParentsFirstAndLoopsAndStrangeHeadsAreRefused() throws Exception {
        var good = DirectoryImport.departments(csv("""
                code,name_zh,name_en,parent,head
                TEAM_A,甲组,Team A,MARKET,
                MARKET,市场部,Market,,
                SALES,销售部,Sales,,wang.fang
                """), STORED);
        assertEquals(List.of(), good.problems());
        assertEquals(List.of("MARKET", "TEAM_A", "SALES"),
                DirectoryImport.parentsFirst(good.lines()).stream().map(DirectoryImport.DepartmentLine::code).toList());

        var bad = DirectoryImport.departments(csv("""
                code,name_zh,name_en,parent,head
                X1,一,One,X2,
                X2,二,Two,X1,
                OLD,旧,Old,,
                new,新,,NOWHERE,wang.fang
                """), STORED);
        List<String> found = bad.problems().stream().map(p -> p.line() + " " + p.column() + " " + p.messageKey()).toList();
        for (String expected : List.of("2 parent departments.refused.loop", "3 parent departments.refused.loop",
                "4 code import.deactivated", "5 code setup.refused.departmentCode", "5 name_en setup.refused.departmentName",
                "5 parent import.unknownDepartment", "5 head import.head")) {
            assertTrue(found.contains(expected), expected + " in " + found);
        }
    }

    @Test
    void anExportImportsAgainAndItsFormulasStayInert() throws Exception {
        byte[] file = TableExport.csv(DirectoryImport.PEOPLE_COLUMNS,
                List.of(java.util.Arrays.asList("wang.fang", "=HYPERLINK(\"x\")", null, "SALES", null, null, "zh-CN", null, "STAFF;HR")));
        assertTrue(new String(file, StandardCharsets.UTF_8).contains("'=HYPERLINK"), "a spreadsheet does not run it");
        var checked = DirectoryImport.people(TableFile.read("people.csv", file), STORED);
        assertEquals(List.of(), checked.problems());
        assertEquals("=HYPERLINK(\"x\")", checked.lines().get(0).record().displayName(), "the name comes back as it was");
    }
}

package accord.people.control;

import accord.organisation.entity.Role;
import accord.platform.control.FieldRules;
import accord.platform.control.TableFile;
import accord.security.control.ZoneNames;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of an import file of people or of departments (the columns of the export, headers in
 * English or Chinese, in any order). Every line is checked against the rules of the forms, the
 * directory as stored and the other lines of the file, and every problem is reported (line,
 * column, reason); a file with any problem imports nothing.
 */
public final class DirectoryImport {

    /** What is wrong, where: line 1 is the header; the column is null for the whole line or file. */
    public record Problem(int line, String column, String messageKey, Object... arguments) {
    }

    /** A person's line: their record and, for someone new, the roles they start with. */
    public record PersonLine(int line, PersonRecord record, Set<Role> roles) {
    }

    /** A department's line. */
    public record DepartmentLine(int line, String code, String nameZh, String nameEn, String parent, String head) {
    }

    public record Checked<T>(List<T> lines, List<Problem> problems) {
    }

    /** What the directory holds now, as the checks need it. */
    public interface Stored {
        boolean isActiveDepartment(String code);

        boolean isDepartment(String code);

        /** Empty for an unknown login; else whether the person is active. */
        Optional<Boolean> personActive(String login);

        /** The department code of an active person. */
        Optional<String> departmentOf(String login);

        boolean isGrade(String code);
    }

    public static final List<String> PEOPLE_COLUMNS = List.of("login", "name", "email", "department", "manager", "grade",
            "language", "time_zone", "roles");
    public static final List<String> DEPARTMENT_COLUMNS = List.of("code", "name_zh", "name_en", "parent", "head");

    private static final Map<String, String> CHINESE_HEADERS = Map.ofEntries(Map.entry("账号", "login"), Map.entry("姓名", "name"),
            Map.entry("电子邮箱", "email"), Map.entry("部门", "department"), Map.entry("上级", "manager"), Map.entry("职级", "grade"),
            Map.entry("语言", "language"), Map.entry("时区", "time_zone"), Map.entry("角色", "roles"), Map.entry("代码", "code"),
            Map.entry("中文名称", "name_zh"), Map.entry("英文名称", "name_en"), Map.entry("上级部门", "parent"),
            Map.entry("负责人", "head"));
    private static final Map<String, String> FIELD_COLUMNS = Map.of("login", "login", "displayName", "name", "email", "email",
            "department", "department", "code", "code", "nameZh", "name_zh", "nameEn", "name_en");

    private DirectoryImport() {
    }

    /** Checks a file of people: new logins are added, known ones updated. */
    public static Checked<PersonLine> people(List<TableFile.Line> lines, Stored stored) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> at = header(lines, PEOPLE_COLUMNS, Set.of("login", "name", "department"), problems);
        if (!problems.isEmpty()) {
            return new Checked<>(List.of(), problems);
        }
        Map<String, Integer> logins = new HashMap<>();
        for (TableFile.Line line : lines.subList(1, lines.size())) {
            String login = cell(line, at, "login");
            if (login != null && logins.putIfAbsent(login, line.number()) != null) {
                problems.add(new Problem(line.number(), "login", "import.duplicate", login, logins.get(login)));
            }
        }
        List<PersonLine> people = new ArrayList<>();
        for (TableFile.Line line : lines.subList(1, lines.size())) {
            PersonRecord record = new PersonRecord(cell(line, at, "login"), cell(line, at, "name"), cell(line, at, "email"),
                    cell(line, at, "department"), cell(line, at, "manager"), cell(line, at, "grade"), cell(line, at, "language"),
                    cell(line, at, "time_zone"));
            int before = problems.size();
            FieldRules.problems(record).forEach(p -> problems.add(new Problem(line.number(), FIELD_COLUMNS.get(p.field()), p.messageKey())));
            Optional<Boolean> known = record.login() == null ? Optional.empty() : stored.personActive(record.login());
            if (known.isPresent() && !known.get()) {
                problems.add(new Problem(line.number(), "login", "import.deactivated", record.login()));
            }
            if (record.department() != null && !stored.isActiveDepartment(record.department())) {
                problems.add(new Problem(line.number(), "department", "import.unknownDepartment", record.department()));
            }
            if (record.manager() != null && (record.manager().equals(record.login())
                    || !(logins.containsKey(record.manager()) || stored.personActive(record.manager()).orElse(false)))) {
                problems.add(new Problem(line.number(), "manager", "import.unknownManager", record.manager()));
            }
            if (record.grade() != null && !stored.isGrade(record.grade())) {
                problems.add(new Problem(line.number(), "grade", "person.refused.grade"));
            }
            if (record.language() != null && !Set.of("zh-CN", "en").contains(record.language())) {
                problems.add(new Problem(line.number(), "language", "person.refused.language"));
            }
            if (record.timeZone() != null && !ZoneNames.isOffered(record.timeZone())) {
                problems.add(new Problem(line.number(), "time_zone", "import.zone", record.timeZone()));
            }
            Set<Role> roles = roles(cell(line, at, "roles"), line.number(), problems);
            if (problems.size() == before) {
                people.add(new PersonLine(line.number(), record, roles));
            }
        }
        problems.addAll(managerLoops(people));
        return finish(lines, people, problems);
    }

    /** Checks a file of departments: new codes are added, known ones renamed, moved and given their head. */
    public static Checked<DepartmentLine> departments(List<TableFile.Line> lines, Stored stored) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> at = header(lines, DEPARTMENT_COLUMNS, Set.of("code", "name_zh", "name_en"), problems);
        if (!problems.isEmpty()) {
            return new Checked<>(List.of(), problems);
        }
        Map<String, Integer> codes = new HashMap<>();
        for (TableFile.Line line : lines.subList(1, lines.size())) {
            String code = cell(line, at, "code");
            if (code != null && codes.putIfAbsent(code, line.number()) != null) {
                problems.add(new Problem(line.number(), "code", "import.duplicate", code, codes.get(code)));
            }
        }
        List<DepartmentLine> departments = new ArrayList<>();
        for (TableFile.Line line : lines.subList(1, lines.size())) {
            DepartmentLine department = new DepartmentLine(line.number(), cell(line, at, "code"), cell(line, at, "name_zh"),
                    cell(line, at, "name_en"), cell(line, at, "parent"), cell(line, at, "head"));
            int before = problems.size();
            if (department.code() == null || !department.code().matches("[A-Z][A-Z0-9_]{1,29}")) {
                problems.add(new Problem(line.number(), "code", "setup.refused.departmentCode"));
            } else if (stored.isDepartment(department.code()) && !stored.isActiveDepartment(department.code())) {
                problems.add(new Problem(line.number(), "code", "import.deactivated", department.code()));
            }
            for (String[] name : List.of(new String[] {"name_zh", department.nameZh()}, new String[] {"name_en", department.nameEn()})) {
                if (name[1] == null || name[1].length() > 100) {
                    problems.add(new Problem(line.number(), name[0], "setup.refused.departmentName"));
                }
            }
            String parent = department.parent();
            if (parent != null && (parent.equals(department.code()) || !(codes.containsKey(parent) || stored.isActiveDepartment(parent)))) {
                problems.add(new Problem(line.number(), "parent", "import.unknownDepartment", parent));
            }
            if (department.head() != null && !stored.departmentOf(department.head()).map(d -> d.equals(department.code())).orElse(false)) {
                problems.add(new Problem(line.number(), "head", "import.head", department.head()));
            }
            if (problems.size() == before) {
                departments.add(department);
            }
        }
        problems.addAll(parentLoops(departments));
        return finish(lines, departments, problems);
    }

    /** Lines the file's own parents put first: a department's parent is created before it. */
    public static List<DepartmentLine> parentsFirst(List<DepartmentLine> departments) {
        Map<String, DepartmentLine> byCode = new LinkedHashMap<>();
        departments.forEach(d -> byCode.put(d.code(), d));
        List<DepartmentLine> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (DepartmentLine department : departments) {
            place(department, byCode, placed, ordered);
        }
        return ordered;
    }

    private static void place(DepartmentLine department, Map<String, DepartmentLine> byCode, Set<String> placed,
            List<DepartmentLine> ordered) {
        if (placed.contains(department.code())) {
            return;
        }
        placed.add(department.code());
        DepartmentLine parent = department.parent() == null ? null : byCode.get(department.parent());
        if (parent != null) {
            place(parent, byCode, placed, ordered);
        }
        ordered.add(department);
    }

    private static List<Problem> parentLoops(List<DepartmentLine> departments) {
        Map<String, String> parents = new HashMap<>();
        departments.forEach(d -> parents.put(d.code(), d.parent()));
        return departments.stream().filter(d -> loops(d.code(), parents))
                .map(d -> new Problem(d.line(), "parent", "departments.refused.loop")).toList();
    }

    private static List<Problem> managerLoops(List<PersonLine> people) {
        Map<String, String> managers = new HashMap<>();
        people.forEach(p -> managers.put(p.record().login(), p.record().manager()));
        return people.stream().filter(p -> loops(p.record().login(), managers))
                .map(p -> new Problem(p.line(), "manager", "person.refused.managerLoop")).toList();
    }

    /** Does following the file's own links from this key come back to it? (Links to the stored directory end the walk.) */
    private static boolean loops(String start, Map<String, String> up) {
        Set<String> seen = new HashSet<>();
        for (String at = up.get(start); at != null && seen.add(at); at = up.get(at)) {
            if (at.equals(start)) {
                return true;
            }
        }
        return false;
    }

    private static Set<Role> roles(String cell, int line, List<Problem> problems) {
        Set<Role> roles = EnumSet.of(Role.STAFF);
        if (cell == null) {
            return roles;
        }
        for (String name : cell.split("[;；,，\\s]+")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                problems.add(new Problem(line, "roles", "import.role", name.strip()));
            }
        }
        return roles;
    }

    private static Map<String, Integer> header(List<TableFile.Line> lines, List<String> columns, Set<String> required,
            List<Problem> problems) {
        Map<String, Integer> at = new HashMap<>();
        if (lines.isEmpty()) {
            problems.add(new Problem(1, null, "import.empty"));
            return at;
        }
        TableFile.Line header = lines.get(0);
        for (int index = 0; index < header.cells().size(); index++) {
            String name = header.cell(index).toLowerCase(Locale.ROOT);
            String column = CHINESE_HEADERS.getOrDefault(name, name);
            if (columns.contains(column)) {
                at.putIfAbsent(column, index);
            }
        }
        required.stream().filter(column -> !at.containsKey(column)).sorted()
                .forEach(column -> problems.add(new Problem(1, column, "import.missingColumn")));
        return at;
    }


    private static String cell(TableFile.Line line, Map<String, Integer> at, String column) {
        return line.typed(at.get(column));
    }

    private static <T> Checked<T> finish(List<TableFile.Line> lines, List<T> rows, List<Problem> problems) {
        if (lines.size() < 2 && problems.isEmpty()) {
            problems.add(new Problem(1, null, "import.empty"));
        }
        return new Checked<>(problems.isEmpty() ? rows : List.of(), problems);
    }
}

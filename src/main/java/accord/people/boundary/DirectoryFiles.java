package accord.people.boundary;

import accord.organisation.boundary.Departments;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.control.DirectoryRefused;
import accord.organisation.control.GradeNames;
import accord.organisation.entity.Department;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.platform.control.TableExport;
import accord.people.control.DirectoryImport;
import accord.people.control.PersonRecord;
import accord.platform.control.TableFile;
import accord.platform.control.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * ADMIN moves the directory in and out as files: people and departments exported with the
 * import's columns, and imported in one transaction each: every line checked first, a file with
 * any problem imports nothing. New people get temporary passwords, shown once.
 */
@ApplicationScoped
@Transactional
public class DirectoryFiles {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(DirectoryFiles.class.getName());

    /** What an import did: its problems (then nothing changed), or the lines added and updated, and new people's passwords. */
    public record Result(List<DirectoryImport.Problem> problems, int added, int updated, Map<String, String> temporaryPasswords) {
        public boolean imported() {
            return problems.isEmpty();
        }
    }

    @Inject
    Directory directory;

    @Inject
    GradeNames grades;

    @Inject
    Employees employees;

    @Inject
    Departments departments;

    public Result importPeople(Actor admin, String fileName, byte[] content) {
        Optional<List<TableFile.Line>> lines = read(admin, fileName, content);
        if (lines.isEmpty()) {
            return unreadable();
        }
        DirectoryImport.Checked<DirectoryImport.PersonLine> checked = DirectoryImport.people(lines.get(), stored());
        if (!checked.problems().isEmpty()) {
            return new Result(checked.problems(), 0, 0, Map.of());
        }
        // New people first without a manager who is new too, then everyone's record with their manager.
        Map<String, String> passwords = new LinkedHashMap<>();
        for (DirectoryImport.PersonLine line : checked.lines()) {
            PersonRecord record = line.record();
            if (directory.employee(record.login()).isEmpty()) {
                boolean managerIsNew = record.manager() != null && directory.employee(record.manager()).isEmpty();
                PersonRecord first = managerIsNew ? withoutManager(record) : record;
                passwords.put(record.login(), onLine(line.line(), () -> employees.create(admin, first, line.roles())));
            }
        }
        int updated = 0;
        for (DirectoryImport.PersonLine line : checked.lines()) {
            boolean isNew = passwords.containsKey(line.record().login());
            if (!isNew || line.record().manager() != null) {
                onLine(line.line(), () -> {
                    employees.edit(admin, line.record().login(), line.record());
                    return null;
                });
            }
            updated += isNew ? 0 : 1;
        }
        int changed = updated;
        LOG.info(() -> admin.login() + " imported people from " + fileName + ": " + passwords.size() + " added, " + changed + " updated");
        return new Result(List.of(), passwords.size(), updated, passwords);
    }

    public Result importDepartments(Actor admin, String fileName, byte[] content) {
        Optional<List<TableFile.Line>> lines = read(admin, fileName, content);
        if (lines.isEmpty()) {
            return unreadable();
        }
        DirectoryImport.Checked<DirectoryImport.DepartmentLine> checked = DirectoryImport.departments(lines.get(), stored());
        if (!checked.problems().isEmpty()) {
            return new Result(checked.problems(), 0, 0, Map.of());
        }
        int added = 0;
        for (DirectoryImport.DepartmentLine line : DirectoryImport.parentsFirst(checked.lines())) {
            Departments.Unit unit = new Departments.Unit(line.code(), line.nameZh(), line.nameEn(), line.parent(), line.head());
            boolean isNew = directory.department(line.code()).isEmpty();
            onLine(line.line(), () -> {
                if (isNew) {
                    departments.create(admin, unit);
                }
                departments.edit(admin, line.code(), unit);
                return null;
            });
            added += isNew ? 1 : 0;
        }
        int created = added;
        LOG.info(() -> admin.login() + " imported departments from " + fileName + ": " + created + " added");
        return new Result(List.of(), added, checked.lines().size() - added, Map.of());
    }

    /** The active people, with the import's columns. */
    public List<List<String>> peopleRows(Actor admin) {
        mayKeep(admin);
        List<List<String>> rows = new ArrayList<>();
        for (Employee e : directory.everyone()) {
            if (e.isActive()) {
                rows.add(java.util.Arrays.asList(e.login(), e.displayName(), e.email(), e.department().code(),
                        e.manager() == null ? null : e.manager().login(), e.grade(), e.language(), e.timeZone(),
                        e.roles().stream().sorted().map(Role::name).collect(Collectors.joining(";"))));
            }
        }
        return rows;
    }

    /** The active departments, with the import's columns. */
    public List<List<String>> departmentRows(Actor admin) {
        mayKeep(admin);
        return departments.all().stream().filter(Department::isActive).map(d -> java.util.Arrays.asList(d.code(), d.nameZh(),
                d.nameEn(), d.parent() == null ? null : d.parent().code(), d.head() == null ? null : d.head().login())).toList();
    }

    public byte[] export(List<String> header, List<List<String>> rows, boolean xlsx, String sheet) {
        return xlsx ? TableExport.xlsx(sheet, header, rows) : TableExport.csv(header, rows);
    }

    private Optional<List<TableFile.Line>> read(Actor admin, String fileName, byte[] content) {
        mayKeep(admin);
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new DirectoryRefused("file", "figures.import.file");
        }
        try {
            return Optional.of(TableFile.read(fileName, content));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private static Result unreadable() {
        return new Result(List.of(new DirectoryImport.Problem(1, null, "figures.import.unreadable")), 0, 0, Map.of());
    }

    /** A change the checks let through but the directory refuses (someone changed it meanwhile): the whole file rolls back. */
    private static <T> T onLine(int line, java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (DirectoryRefused refused) {
            throw new DirectoryRefused(null, "import.lineRefused", line, Text.of(refused.messageKey(), refused.arguments()));
        }
    }

    private static PersonRecord withoutManager(PersonRecord r) {
        return new PersonRecord(r.login(), r.displayName(), r.email(), r.department(), null, r.grade(), r.language(), r.timeZone());
    }

    private DirectoryImport.Stored stored() {
        return new DirectoryImport.Stored() {
            @Override
            public boolean isActiveDepartment(String code) {
                return directory.department(code).filter(Department::isActive).isPresent();
            }

            @Override
            public boolean isDepartment(String code) {
                return directory.department(code).isPresent();
            }

            @Override
            public Optional<Boolean> personActive(String login) {
                return directory.employee(login).map(Employee::isActive);
            }

            @Override
            public Optional<String> departmentOf(String login) {
                return directory.employee(login).filter(Employee::isActive).map(e -> e.department().code());
            }

            @Override
            public boolean isGrade(String code) {
                return grades.codes().contains(code);
            }
        };
    }

    private static void mayKeep(Actor admin) {
        if (!admin.admin()) {
            throw new DirectoryRefused(null, "person.refused.notAdmin");
        }
    }
}

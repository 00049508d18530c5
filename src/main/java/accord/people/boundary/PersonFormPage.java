package accord.people.boundary;

import accord.organisation.boundary.DepartmentChoice;
import accord.organisation.control.Directory;
import accord.organisation.control.GradeNames;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.people.control.PersonRecord;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.FieldRefused;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import accord.security.control.ZoneNames;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** ADMIN adds a person ({@code admin/person.xhtml}) or keeps one's record ({@code ?login=…}). */
@Named
@ViewScoped
public class PersonFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A person to choose as manager. */
    public record Choice(String login, String name) implements Serializable {

        /** Everyone active but {@code except} (null: nobody left out), named with their department in the reader's language. */
        public static java.util.List<Choice> activePeople(accord.organisation.control.Directory directory, java.util.Locale locale,
                String except) {
            return directory.everyone().stream().filter(e -> e.isActive() && !e.login().equals(except))
                    .map(e -> new Choice(e.login(), e.displayName() + " · " + e.department().name(locale))).toList();
        }
    }

    @Inject
    CurrentPerson me;

    @Inject
    Employees employees;

    @Inject
    Directory directory;

    @Inject
    GradeNames grades;

    @Inject
    @Param(name = "login")
    String editing;

    private boolean found = true;
    private boolean keptByDirectory;
    private String login;
    private String displayName;
    private String email;
    private String department;
    private String manager;
    private String grade;
    private String language;
    private String timeZone;
    // An array, so Faces converts the chosen values to Role (a List's element type is erased).
    private Role[] roles = new Role[0];

    public void load() {
        if (editing == null || Faces.isPostback()) {
            return;
        }
        directory.employee(editing).filter(Employee::isActive).ifPresentOrElse(person -> {
            login = person.login();
            displayName = person.displayName();
            email = person.email();
            department = person.department().code();
            manager = person.manager() == null ? null : person.manager().login();
            language = person.language();
            timeZone = person.timeZone();
            keptByDirectory = person.isKeptByDirectory();
        }, () -> {
            found = false;
            Messages.addGlobalError(Text.of("people.notFound"));
        });
    }

    public String save() {
        PersonRecord record = new PersonRecord(isNew() ? login : editing, displayName, email, department, manager,
                grade, language, timeZone);
        try {
            if (isNew()) {
                Set<Role> starting = EnumSet.of(Role.STAFF);
                starting.addAll(Arrays.asList(roles));
                String temporary = employees.create(me.actor(), record, starting);
                Messages.addFlashGlobalInfo(Text.of("person.created", displayName, temporary));
            } else {
                employees.edit(me.actor(), editing, record);
                Messages.addFlashGlobalInfo(Text.of("person.saved"));
            }
            return "/people/view?faces-redirect=true&login=" + record.login();
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside("person", refused);
            return null;
        }
    }

    public boolean isNew() {
        return editing == null;
    }

    /** Name, email, department and manager of a person the company's directory keeps are read-only here. */
    public boolean isKeptByDirectory() {
        return keptByDirectory;
    }

    public boolean isFound() {
        return found;
    }

    public List<DepartmentChoice> getDepartments() {
        return DepartmentChoice.all(directory, me.getLocale());
    }

    public List<Choice> getManagers() {
        return directory.everyone().stream().filter(e -> e.isActive() && !e.login().equals(editing))
                .map(e -> new Choice(e.login(), e.displayName() + " · " + e.department().name(me.getLocale()))).toList();
    }

    public List<String> getGrades() {
        return grades.codes();
    }

    public String gradeName(String code) {
        return grades.nameOf(code, me.getLocale());
    }

    public List<ZoneNames.Choice> getZones() {
        return ZoneNames.offered(me.getLocale());
    }

    public List<Role> getAllRoles() {
        return Arrays.stream(Role.values()).filter(r -> r != Role.STAFF).toList();
    }

    public String getLogin() { return login; }
    public void setLogin(String login) { this.login = login; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getManager() { return manager; }
    public void setManager(String manager) { this.manager = manager; }
    public String getGrade() { return grade; }
    public void setGrade(String grade) { this.grade = grade; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public Role[] getRoles() { return roles.clone(); }
    public void setRoles(Role[] roles) { this.roles = roles == null ? new Role[0] : roles.clone(); }
}

package accord.people.boundary;

import accord.organisation.boundary.Departments;
import accord.organisation.control.Directory;
import accord.organisation.entity.Department;
import accord.organisation.entity.Employee;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.FieldRefused;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.omnifaces.util.Messages;

/** Departments (ADMIN): the list, and one form that adds a department or keeps the one chosen. */
@Named
@ViewScoped
public class DepartmentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A department as listed. */
    public record Row(String code, String name, String parent, String head, boolean active, String blockers, boolean keptByDirectory)
            implements Serializable {
    }

    /** A person to choose as head. */
    public record Member(String login, String name) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    Departments departments;

    @Inject
    Directory directory;

    private List<Row> rows = List.of();
    private String editing;
    private boolean editingKeptByDirectory;
    private String code;
    private String nameZh;
    private String nameEn;
    private String parent;
    private String head;

    public void load() {
        rows = departments.all().stream().map(d -> new Row(d.code(), d.name(me.getLocale()),
                d.parent() == null ? "" : d.parent().name(me.getLocale()), d.head() == null ? "" : d.head().displayName(),
                d.isActive(), d.isActive() ? blockersOf(d.code()) : "", d.isKeptByDirectory())).toList();
    }

    /** Fills the form with the department to keep. */
    public void choose(String chosen) {
        directory.department(chosen).ifPresent(d -> {
            editing = d.code();
            editingKeptByDirectory = d.isKeptByDirectory();
            code = d.code();
            nameZh = d.nameZh();
            nameEn = d.nameEn();
            parent = d.parent() == null ? null : d.parent().code();
            head = d.head() == null ? null : d.head().login();
        });
    }

    public String save() {
        Departments.Unit unit = new Departments.Unit(editing == null ? code : editing, nameZh, nameEn, parent, head);
        return attempt("department-form", () -> {
            if (editing == null) {
                departments.create(me.actor(), unit);
                return Text.of("departments.created", unit.code());
            }
            departments.edit(me.actor(), editing, unit);
            return Text.of("departments.saved", editing);
        });
    }

    public String deactivate(String chosen) {
        return attempt("departments-list", () -> {
            departments.deactivate(me.actor(), chosen);
            return Text.of("departments.deactivated", chosen);
        });
    }

    private String attempt(String formId, Supplier<String> action) {
        try {
            Messages.addFlashGlobalInfo(action.get());
            return "/admin/departments?faces-redirect=true";
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside(formId, refused);
            return null;
        }
    }

    /** Departments to put this one under: active ones, not itself. */
    public List<Row> getParents() {
        return rows.stream().filter(r -> r.active() && !r.code().equals(editing)).toList();
    }

    /** The head is one of the department's active members. */
    public List<Member> getMembers() {
        if (editing == null) {
            return List.of();
        }
        return directory.everyone().stream().filter(e -> e.isActive() && e.department().code().equals(editing))
                .map(e -> new Member(e.login(), e.displayName())).toList();
    }

    /** What keeps the department from being deactivated, said; empty when nothing does. */
    private String blockersOf(String chosen) {
        Departments.Blockers b = departments.blockers(chosen);
        return b.none() ? "" : Text.of("departments.blockers", b.members(), b.teams(), b.openTasks());
    }

    public List<Row> getRows() { return rows; }
    public boolean isEditingOne() { return editing != null; }
    /** Names and place of a department the company's directory keeps change there; its head here. */
    public boolean isEditingKeptByDirectory() { return editingKeptByDirectory; }
    public String getEditing() { return editing; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getParent() { return parent; }
    public void setParent(String parent) { this.parent = parent; }
    public String getHead() { return head; }
    public void setHead(String head) { this.head = head; }
}

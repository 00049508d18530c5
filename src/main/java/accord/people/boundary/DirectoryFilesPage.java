package accord.people.boundary;

import accord.platform.control.AuditTrail;
import accord.platform.entity.AuditAction;
import accord.people.control.DirectoryImport;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.FieldRefused;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;

/** People and departments in and out as CSV or XLSX files (ADMIN). */
@Named
@ViewScoped
public class DirectoryFilesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A problem as the page lists it. */
    public record Line(int line, String column, String reason) implements Serializable {
    }

    /** A new person and their temporary password, shown once. */
    public record Password(String login, String password) implements Serializable {
    }

    @Inject
    AuditTrail trail;

    @Inject
    CurrentPerson me;

    @Inject
    DirectoryFiles files;

    private transient UploadedFile peopleFile;
    private transient UploadedFile departmentsFile;
    private List<Line> problems = List.of();
    private List<Password> passwords = List.of();

    public void importPeople() {
        upload("people", peopleFile, (name, bytes) -> files.importPeople(me.actor(), name, bytes));
    }

    public void importDepartments() {
        upload("departments", departmentsFile, (name, bytes) -> files.importDepartments(me.actor(), name, bytes));
    }

    private void upload(String formId, UploadedFile file, java.util.function.BiFunction<String, byte[], DirectoryFiles.Result> importer) {
        problems = List.of();
        passwords = List.of();
        if (file == null || file.getSize() == 0) {
            Messages.addError(formId + ":file", Text.of("figures.import.file"));
            return;
        }
        try {
            DirectoryFiles.Result result = importer.apply(file.getFileName(), file.getContent());
            if (result.imported()) {
                passwords = result.temporaryPasswords().entrySet().stream().map(e -> new Password(e.getKey(), e.getValue())).toList();
                Messages.addGlobalInfo(Text.of("import.done", file.getFileName(), result.added(), result.updated()));
            } else {
                problems = result.problems().stream().map(DirectoryFilesPage::line).toList();
                Messages.addGlobalError(Text.of("figures.import.refused", file.getFileName(), problems.size()));
            }
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside(formId, refused);
        }
    }

    public void exportPeople(boolean xlsx) throws IOException {
        trail.record(AuditAction.EXPORTED, "people", xlsx ? "xlsx" : "csv");
        send("people", files.export(DirectoryImport.PEOPLE_COLUMNS, files.peopleRows(me.actor()), xlsx, "people"), xlsx);
    }

    public void exportDepartments(boolean xlsx) throws IOException {
        send("departments", files.export(DirectoryImport.DEPARTMENT_COLUMNS, files.departmentRows(me.actor()), xlsx, "departments"),
                xlsx);
    }

    private void send(String what, byte[] content, boolean xlsx) throws IOException {
        Faces.sendFile(content, what + "-" + LocalDate.now(me.zone()) + (xlsx ? ".xlsx" : ".csv"), true);
    }

    private static Line line(DirectoryImport.Problem problem) {
        return new Line(problem.line(), problem.column() == null ? "" : problem.column(),
                Text.of(problem.messageKey(), problem.arguments()));
    }

    public List<Line> getProblems() { return problems; }
    public List<Password> getPasswords() { return passwords; }
    public UploadedFile getPeopleFile() { return peopleFile; }
    public void setPeopleFile(UploadedFile peopleFile) { this.peopleFile = peopleFile; }
    public UploadedFile getDepartmentsFile() { return departmentsFile; }
    public void setDepartmentsFile(UploadedFile departmentsFile) { this.departmentsFile = departmentsFile; }
}

package accord.customer.boundary;

import accord.platform.control.AuditTrail;
import accord.platform.entity.AuditAction;
import accord.customer.control.CustomerImport;
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

/** Customers in and out as CSV or XLSX files (sales managers for their teams, the director, ADMIN). */
@Named
@ViewScoped
public class CustomerFilesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A problem as the page lists it. */
    public record Line(int line, String column, String reason) implements Serializable {
    }

    @Inject
    AuditTrail trail;

    @Inject
    CurrentPerson me;

    @Inject
    CustomerFiles files;

    private transient UploadedFile file;
    private List<Line> problems = List.of();

    public boolean isAllowed() {
        return Customers.mayAdd(me.actor());
    }

    public void upload() {
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            Messages.addError("customer-files:file", Text.of("figures.import.file"));
            return;
        }
        try {
            CustomerFiles.Result result = files.importFile(me.actor(), file.getFileName(), file.getContent());
            if (result.imported()) {
                Messages.addGlobalInfo(Text.of("import.done", file.getFileName(), result.added(), result.updated()));
            } else {
                problems = result.problems().stream().map(CustomerFilesPage::line).toList();
                Messages.addGlobalError(Text.of("figures.import.refused", file.getFileName(), problems.size()));
            }
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside("customer-files", refused);
        }
    }

    public void export(boolean xlsx) throws IOException {
        byte[] file = files.export(me.actor(), xlsx);
        trail.record(AuditAction.EXPORTED, "customers", xlsx ? "xlsx" : "csv");
        Faces.sendFile(file, "customers-" + LocalDate.now(me.zone()) + (xlsx ? ".xlsx" : ".csv"), true);
    }

    private static Line line(CustomerImport.Problem problem) {
        return new Line(problem.line(), problem.column() == null ? "" : problem.column(),
                Text.of(problem.messageKey(), problem.arguments()));
    }

    public List<Line> getProblems() { return problems; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
}

package accord.keyaccount.boundary;

import accord.keyaccount.control.FigureAccess;
import accord.keyaccount.control.FigureImport;
import accord.keyaccount.control.FiguresRefused;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;

/** A sales manager imports a CSV or XLSX file of quarterly figures; every bad line is listed and nothing is imported then. */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A problem as the page lists it. */
    public record Line(int line, String column, String reason) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    FigureImporter importer;

    private transient UploadedFile file;
    private List<Line> problems = List.of();

    public boolean isAllowed() {
        return FigureAccess.mayImport(me.actor());
    }

    public void upload() {
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            Messages.addError("import:file", Text.of("figures.import.file"));
            return;
        }
        try {
            FigureImporter.Result result = importer.importFile(me.actor(), file.getFileName(), file.getContent());
            if (result.imported()) {
                Messages.addGlobalInfo(Text.of("figures.import.done", file.getFileName(), result.lines(), result.changed()));
            } else {
                problems = result.problems().stream().map(this::line).toList();
                Messages.addGlobalError(Text.of("figures.import.refused", file.getFileName(), problems.size()));
            }
        } catch (FiguresRefused refused) {
            RefusalMessages.sayBeside("import", refused);
        }
    }

    private Line line(FigureImport.Problem problem) {
        return new Line(problem.line(), problem.column() == null ? "" : problem.column(),
                Text.of(problem.messageKey(), problem.arguments()));
    }

    public List<Line> getProblems() {
        return problems;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}

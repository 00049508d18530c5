package accord.keyaccount.boundary;

import accord.customer.control.CustomerDirectory;
import accord.customer.entity.SalesFigure;
import accord.keyaccount.control.FigureAccess;
import accord.keyaccount.control.FigureImport;
import accord.keyaccount.control.FiguresRefused;
import accord.keyaccount.control.SalesFigures;
import accord.organisation.control.Actor;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import accord.platform.control.LogText;
import accord.platform.control.TableFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Importing a file of sales figures, in one transaction: every line is checked first, and a file
 * with any problem imports nothing. A line equal to what is stored changes nothing, so the same
 * file imported twice changes nothing the second time.
 */
@ApplicationScoped
@Transactional
public class FigureImporter {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(FigureImporter.class.getName());

    /** What the import did: the problems (then nothing was imported), or how many lines changed figures. */
    public record Result(List<FigureImport.Problem> problems, int lines, int changed) {
        public boolean imported() {
            return problems.isEmpty();
        }
    }

    @Inject
    SalesFigures figures;

    @Inject
    CustomerDirectory customers;

    public Result importFile(Actor actor, String fileName, byte[] content) {
        if (!FigureAccess.mayImport(actor)) {
            AccessRefusals.record(actor.login(), AuditWording.of("audit.act.importFigures"), "figures.refused.notManager");
            throw new FiguresRefused(null, "figures.refused.notManager");
        }
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new FiguresRefused("file", "figures.import.file");
        }
        List<TableFile.Line> lines;
        try {
            lines = TableFile.read(fileName, content);
        } catch (IOException unreadable) {
            return new Result(List.of(new FigureImport.Problem(1, null, "figures.import.unreadable")), 0, 0);
        }
        FigureImport.Checked checked = FigureImport.check(lines, customers::byCode, actor);
        if (!checked.problems().isEmpty()) {
            LOG.info(() -> actor.login() + " imported " + LogText.of(fileName) + ": refused, " + checked.problems().size() + " problems");
            return new Result(checked.problems(), lines.size() - 1, 0);
        }
        Instant now = Instant.now();
        int changed = 0;
        for (FigureImport.Row row : checked.rows()) {
            if (figures.save(row.customer(), row.year(), row.quarter(), row.target(), row.actual(), row.orders(),
                    SalesFigure.Source.IMPORT, actor.login(), now)) {
                changed++;
            }
        }
        int changedLines = changed;
        LOG.info(() -> actor.login() + " imported " + LogText.of(fileName) + ": " + checked.rows().size() + " lines, " + changedLines + " changed");
        return new Result(List.of(), checked.rows().size(), changed);
    }
}

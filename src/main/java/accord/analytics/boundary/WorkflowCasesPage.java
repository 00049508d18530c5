package accord.analytics.boundary;

import accord.analytics.control.FigureCases;
import accord.analytics.control.StepTimes;
import accord.analytics.control.WorkflowPerformance;
import accord.analytics.control.WorkflowPerformance.CaseFigure;
import accord.organisation.control.Directory;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.cdi.Param;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The cases behind one figure of the workflow figures page ({@code analytics/cases.xhtml}): the
 * same month, department and figure as the link that opened it, each case opening its own page.
 */
@Named
@ViewScoped
public class WorkflowCasesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The figures whose cases can be listed, as the link names them. */
    public enum Figure {
        STARTED, FINISHED, DONE, REDONE, BREACHED
    }

    @Inject
    CurrentPerson me;

    @Inject
    WorkflowPerformance performance;

    @Inject
    Directory directory;

    @Inject
    @Param(name = "workflow")
    String workflow;

    @Inject
    @Param(name = "month")
    String month;

    @Inject
    @Param(name = "department")
    String department;

    @Inject
    @Param(name = "step")
    String step;

    @Inject
    @Param(name = "figure")
    String figure;

    private Figure chosen;
    private final ArrayList<String> ids = new ArrayList<>();
    private final Rows rows = new Rows(ids);

    public boolean isAllowed() {
        return WorkflowPerformance.maySee(me.actor());
    }

    /** The figure asked for, or none when the link is not one the figures page makes. */
    public void load() {
        chosen = figure();
        if (chosen == null || !WorkflowPerformance.WORKFLOWS.contains(workflow) || !isAllowed()) {
            chosen = null;
            return;
        }
        YearMonth period = MonthChoice.of(month, me.zone());
        ids.clear();
        ids.addAll(performance.cases(me.actor(), MonthChoice.start(period, me.zone()), MonthChoice.end(period, me.zone()),
                scopeDepartment(), workflow, caseFigure()));
    }

    private Figure figure() {
        try {
            Figure asked = figure == null ? null : Figure.valueOf(figure.toUpperCase(Locale.ROOT));
            boolean ofStep = asked != null && asked.ordinal() >= Figure.DONE.ordinal();
            return asked == null || ofStep == (step == null || step.isBlank()) ? null : asked;
        } catch (IllegalArgumentException notAFigure) {
            return null;
        }
    }

    private CaseFigure caseFigure() {
        return switch (chosen) {
            case STARTED -> CaseFigure.startedCases();
            case FINISHED -> CaseFigure.finishedCases();
            case DONE -> CaseFigure.ofStep(step, StepTimes.Cases.DONE);
            case REDONE -> CaseFigure.ofStep(step, StepTimes.Cases.REDONE);
            case BREACHED -> CaseFigure.ofStep(step, StepTimes.Cases.BREACHED);
        };
    }

    /** The department as the figures page would take it: one offered to the reader, else none. */
    private Optional<String> scopeDepartment() {
        return DepartmentScope.chosen(department, DepartmentScope.offered(me.actor(), directory, me.getLocale()));
    }

    public boolean isKnown() {
        return chosen != null;
    }

    /** "Complaint handling · Triage · cases that did it after its due date · November 2026". */
    public String getHeading() {
        String workflowName = FigureWords.workflow(workflow);
        String what = Text.of("analytics.cases." + chosen.name().toLowerCase(Locale.ROOT));
        String period = MonthChoice.name(MonthChoice.of(month, me.zone()).toString(), me.getLocale());
        return step == null || step.isBlank() ? Text.of("analytics.cases.heading", workflowName, what, period)
                : Text.of("analytics.cases.headingStep", workflowName, FigureWords.step(workflow, step), what, period);
    }

    public int getCount() {
        return ids.size();
    }

    public String getCountText() {
        return Text.of("analytics.cases.count", ids.size());
    }

    public Rows getRows() {
        return rows;
    }

    /** Each page of cases is read from the engine's history when shown, with the reader's rights then. */
    public static class Rows extends LazyDataModel<FigureCases.Row> {

        private static final long serialVersionUID = 1L;

        private final List<String> ids;

        Rows(List<String> ids) {
            this.ids = ids;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return ids.size();
        }

        @Override
        public List<FigureCases.Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            List<String> page = ids.subList(Math.min(first, ids.size()), Math.min(first + pageSize, ids.size()));
            CurrentPerson me = CDI.current().select(CurrentPerson.class).get();
            return CDI.current().select(FigureCases.class).get().rows(me.actor(), List.copyOf(page));
        }

        @Override
        public String getRowKey(FigureCases.Row row) {
            return row.id();
        }
    }

    /** The figures page this list came from, as it was. */
    public String getWorkflow() {
        return workflow;
    }

    public String getMonth() {
        return MonthChoice.of(month, me.zone()).toString();
    }

    public String getDepartment() {
        return scopeDepartment().orElse(null);
    }
}

package accord.analytics.boundary;

import accord.analytics.control.StepTimes;
import accord.analytics.control.WorkflowPerformance;
import accord.organisation.boundary.DepartmentChoice;
import accord.organisation.control.Directory;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.omnifaces.cdi.Param;

/**
 * How the workflows performed in a month ({@code analytics/workflows.xhtml}), for the sales director
 * and ADMIN (whole, or one department's steps), and for a department head their departments' steps:
 * the month's days in the reader's time zone. Each count opens the cases behind it
 * ({@code analytics/cases.xhtml}).
 */
@Named
@ViewScoped
public class WorkflowsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    WorkflowPerformance performance;

    @Inject
    Directory directory;

    /** The month to open on ({@code ?month=2026-11}, so a month can be linked); the page's menu changes it. */
    @Inject
    @Param(name = "month")
    String month;

    private String department;
    private transient List<WorkflowPerformance.Flow> flows;

    public boolean isAllowed() {
        return WorkflowPerformance.maySee(me.actor());
    }

    /** May see the whole workflows (the sales director and ADMIN), and so choose any department. */
    public boolean isWholeAllowed() {
        return WorkflowPerformance.seesWholeWorkflows(me.actor());
    }

    /** The whole workflows: the sales director and ADMIN, no department chosen. */
    public boolean isWhole() {
        return WorkflowPerformance.seesWholeWorkflows(me.actor()) && chosenDepartment().isEmpty();
    }

    public void show() {
        YearMonth chosen = MonthChoice.of(month, me.zone());
        flows = performance.of(me.actor(), MonthChoice.start(chosen, me.zone()), MonthChoice.end(chosen, me.zone()),
                chosenDepartment());
    }

    public List<WorkflowPerformance.Flow> getFlows() {
        if (flows == null) {
            show();
        }
        return flows;
    }

    public List<String> getMonths() {
        return MonthChoice.offered(me.zone());
    }

    public String monthName(String value) {
        return MonthChoice.name(value, me.getLocale());
    }

    public String getMonth() {
        return MonthChoice.of(month, me.zone()).toString();
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public List<DepartmentChoice> getDepartments() {
        return DepartmentScope.offered(me.actor(), directory, me.getLocale());
    }

    public String getDepartment() {
        return chosenDepartment().orElse("");
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    private Optional<String> chosenDepartment() {
        return DepartmentScope.chosen(department, getDepartments());
    }

    public String workflowName(String key) {
        return FigureWords.workflow(key);
    }

    public String stepName(StepTimes.Step step) {
        return FigureWords.step(step.workflow(), step.step());
    }

    public boolean isBottleneck(WorkflowPerformance.Flow flow, StepTimes.Step step) {
        return flow.bottleneck().map(b -> b.step().equals(step.step())).orElse(false) && flow.steps().size() > 1;
    }

    public String duration(Optional<Duration> time) {
        return FigureWords.duration(time);
    }
}

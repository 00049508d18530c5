package accord.operations.boundary;

import accord.casefile.control.StepNames;
import accord.operations.control.CaseOverview.CaseState;
import accord.operations.control.CaseSearch;
import accord.operations.control.CaseSearch.Filter;
import accord.operations.control.CaseSearch.Row;
import accord.organisation.control.Directory;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Every case of every workflow for ADMIN ({@code admin/cases.xhtml}): found by number, customer,
 * workflow and the step it waits at, a person or department taking part, state, start days in the
 * reader's zone and overdue; a page at a time, newest first; each opens its operations page.
 */
@Named
@ViewScoped
public class CasesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    Directory directory;

    @Inject
    RepositoryService repository;

    private String number;
    private String customer;
    private String workflow;
    private String step;
    private String person;
    private String department;
    private CaseState state;
    private LocalDate from;
    private LocalDate to;
    private boolean overdue;
    private final Rows rows = new Rows(this);

    /** Each page is a query of its own; the model asks the page for its filter. */
    public static class Rows extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        private final CasesPage page;

        Rows(CasesPage page) {
            this.page = page;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) search().count(page.me.actor(), page.filter());
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return search().page(page.me.actor(), page.filter(), first, pageSize);
        }

        @Override
        public String getRowKey(Row row) {
            return row.id();
        }

        private static CaseSearch search() {
            return CDI.current().select(CaseSearch.class).get();
        }
    }

    Filter filter() {
        return new Filter(number, customer, workflow, step, person, department, state,
                from == null ? null : from.atStartOfDay(me.zone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(me.zone()).toInstant(), overdue);
    }

    /** A last day before the first finds nothing: said beside the field. */
    public void search() {
        if (from != null && to != null && from.isAfter(to)) {
            Messages.addError("cases:to", Text.of("audit.toBeforeFrom"));
        }
    }

    /** A new workflow chosen: its steps are offered, the step chosen before no longer applies. */
    public void workflowChosen() {
        step = null;
    }

    /** The workflows (their latest versions), by name in the reader's language. */
    public List<SelectItem> getWorkflows() {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(d -> new SelectItem(d.getKey(), StepNames.process(d.getKey(), d.getName())))
                .sorted(Comparator.comparing(SelectItem::getLabel)).toList();
    }

    /** The chosen workflow's steps where a case waits for a person, by name. */
    public List<SelectItem> getSteps() {
        if (workflow == null) {
            return List.of();
        }
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(workflow).latestVersion().singleResult();
        if (latest == null) {
            return List.of();
        }
        return repository.getBpmnModel(latest.getId()).getMainProcess().findFlowElementsOfType(UserTask.class).stream()
                .map(task -> new SelectItem(task.getId(), StepNames.step(latest.getId(), task.getId(), task.getName())))
                .sorted(Comparator.comparing(SelectItem::getLabel)).toList();
    }

    public List<SelectItem> getDepartments() {
        return directory.departments().stream().filter(d -> d.isActive())
                .map(d -> new SelectItem(d.code(), d.name(me.getLocale()))).toList();
    }

    public CaseState[] getStates() { return CaseState.values(); }

    public String time(java.time.Instant at) {
        return at == null ? "" : me.dateTime(at);
    }

    public Rows getRows() { return rows; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getCustomer() { return customer; }
    public void setCustomer(String customer) { this.customer = customer; }
    public String getWorkflow() { return workflow; }
    public void setWorkflow(String workflow) { this.workflow = workflow; }
    public String getStep() { return step; }
    public void setStep(String step) { this.step = step; }
    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public CaseState getState() { return state; }
    public void setState(CaseState state) { this.state = state; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public boolean isOverdue() { return overdue; }
    public void setOverdue(boolean overdue) { this.overdue = overdue; }
}

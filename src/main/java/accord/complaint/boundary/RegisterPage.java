package accord.complaint.boundary;

import accord.complaint.control.ComplaintRegister;
import accord.complaint.control.RegisterFilter;
import accord.complaint.entity.Category;
import accord.complaint.entity.ComplaintStatus;
import accord.complaint.entity.Severity;
import accord.organisation.control.Directory;
import accord.security.boundary.CurrentPerson;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The complaint register: every complaint the person may see, filtered and paged in the database. */
@Named
@ViewScoped
public class RegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    CurrentPerson me;

    private final RegisterFilter filter = new RegisterFilter();
    private final RegisterRows rows = new RegisterRows(filter);

    public void search() {
        // The table reloads with the filter as it now is (the model holds the same filter object).
    }

    /**
     * Before an export: the rows counted again with the filter as typed. PrimeFaces exports a lazy
     * table in batches up to the count it last rendered; a filter typed since (and not searched)
     * that matches fewer rows kept it loading the same rows forever.
     */
    public void countForExport() {
        rows.setRowCount(rows.count(java.util.Map.of()));
    }

    public ComplaintStatus[] getStatuses() {
        return ComplaintStatus.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public List<accord.organisation.boundary.DepartmentChoice> getDepartments() {
        return accord.organisation.boundary.DepartmentChoice.all(CDI.current().select(Directory.class).get(), me.getLocale());
    }

    public boolean isSeesAll() {
        return ComplaintRegister.seesAll(me.actor());
    }

    public RegisterFilter getFilter() {
        return filter;
    }

    public RegisterRows getRows() {
        return rows;
    }
}

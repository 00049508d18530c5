package accord.operations.boundary;

import accord.operations.control.EngineJobsView;
import accord.operations.control.JobActions;
import accord.operations.control.JobRow;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.FieldRefused;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Failed jobs for ADMIN ({@code admin/failed-jobs.xhtml}): the dead ones a page at a time, ticked
 * for a retry of many; the ones failing with tries left; for each the case, the step, the error and
 * on demand its stack trace; retry, or cancel with a reason.
 */
@Named
@ViewScoped
public class FailedJobsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    JobActions actions;

    private final Dead dead = new Dead(this);
    private List<JobRow> retrying;
    private List<JobRow> selected = new ArrayList<>();
    private JobRow reading;
    private String stackTrace;
    private JobRow cancelling;
    private String reason;

    /** The dead jobs, a page at a time, newest first. */
    public static class Dead extends LazyDataModel<JobRow> {

        private static final long serialVersionUID = 1L;

        private final FailedJobsPage page;

        Dead(FailedJobsPage page) {
            this.page = page;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) view().deadCount();
        }

        @Override
        public List<JobRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return view().dead(first, pageSize);
        }

        @Override
        public String getRowKey(JobRow row) {
            return row.id();
        }

        @Override
        public JobRow getRowData(String rowKey) {
            return view().find(rowKey);
        }
    }

    static EngineJobsView view() {
        return CDI.current().select(EngineJobsView.class).get();
    }

    @PostConstruct
    void load() {
        retrying = view().retrying();
    }

    public void retry(String id) {
        try {
            actions.retry(me.actor(), id);
            Messages.addGlobalInfo(Text.of("jobs.retried", 1));
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside("jobs", refused);
        }
        load();
    }

    /** Each ticked job in its own transaction: one that is gone meanwhile does not stop the others. */
    public void retrySelected() {
        int retried = 0;
        int gone = 0;
        for (JobRow job : selected) {
            try {
                actions.retry(me.actor(), job.id());
                retried++;
            } catch (FieldRefused refused) {
                gone++;
            }
        }
        Messages.addGlobalInfo(Text.of("jobs.retried", retried));
        if (gone > 0) {
            Messages.addGlobalWarn(Text.of("jobs.retriedGone", gone));
        }
        selected = new ArrayList<>();
        load();
    }

    public void read(String id) {
        try {
            reading = view().find(id);
            stackTrace = actions.stackTrace(me.actor(), id);
            PrimeFaces.current().executeScript("PF('traceDialog').show()");
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside("jobs", refused);
            load();
        }
    }

    public void askToCancel(String id) {
        cancelling = view().find(id);
        reason = null;
        if (cancelling == null) {
            Messages.addGlobalWarn(Text.of("jobs.refused.gone"));
            load();
            return;
        }
        PrimeFaces.current().executeScript("PF('cancelDialog').show()");
    }

    public void cancel() {
        try {
            actions.cancel(me.actor(), cancelling == null ? null : cancelling.id(), reason);
            Messages.addGlobalInfo(Text.of("jobs.cancelled", cancelling.caseNumber() == null ? cancelling.handlerType() : cancelling.caseNumber()));
            PrimeFaces.current().executeScript("PF('cancelDialog').hide()");
            cancelling = null;
            load();
        } catch (FieldRefused refused) {
            // Said beside the reason; what was typed stays in the dialog.
            RefusalMessages.sayBeside("cancel", refused);
            PrimeFaces.current().ajax().addCallbackParam("refused", true);
        }
    }

    public String time(java.time.Instant at) {
        return at == null ? "" : me.dateTime(at);
    }

    public Dead getDead() { return dead; }
    public List<JobRow> getRetrying() { return retrying; }
    public List<JobRow> getSelected() { return selected; }
    public void setSelected(List<JobRow> selected) { this.selected = selected; }
    public JobRow getReading() { return reading; }
    public String getStackTrace() { return stackTrace; }
    public JobRow getCancelling() { return cancelling; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}

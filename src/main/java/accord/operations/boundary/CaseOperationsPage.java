package accord.operations.boundary;

import accord.inbox.boundary.CaseStory;
import accord.operations.control.CaseOverview;
import accord.operations.control.EngineJobsView;
import accord.operations.control.JobActions;
import accord.operations.control.JobRow;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A case's operations page for ADMIN ({@code admin/case.xhtml?number=…}), whatever its workflow:
 * where it stands, its open steps and who holds them, its jobs and timers with their due time (a
 * failed one's error), its variables, diagram and story.
 */
@Named
@ViewScoped
public class CaseOperationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param(name = "number")
    String number;

    @Inject
    CurrentPerson me;

    @Inject
    CaseOverview overviews;

    @Inject
    EngineJobsView jobsView;

    @Inject
    CaseStory stories;

    @Inject
    JobActions actions;

    private CaseOverview.Overview overview;
    private JobRow moving;
    private java.time.LocalDateTime newDue;
    private String reason;
    private List<JobRow> jobs;
    private CaseStory.Story story;

    /** Runs when the page opens: the case, or a message that no case has this number. */
    public void load() {
        if (!Faces.isPostback()) {
            show();
        }
    }

    /** Reads the case again, after an action on it. */
    void show() {
        overview = overviews.of(me.actor(), number, me::dateTime).orElse(null);
        if (overview == null) {
            Messages.addGlobalError(Text.of("case.notFound", number == null ? "" : number));
            return;
        }
        jobs = jobsView.ofCase(overview.id());
        story = stories.of(me.actor(), overview.id());
    }

    /** Opens the dialog that moves this timer, its due time as the reader reads it. */
    public void askToMove(String jobId) {
        moving = jobs.stream().filter(j -> j.id().equals(jobId)).findFirst().orElse(null);
        newDue = moving == null || moving.due() == null ? null : java.time.LocalDateTime.ofInstant(moving.due(), me.zone());
        reason = null;
        org.primefaces.PrimeFaces.current().executeScript("PF('moveDialog').show()");
    }

    /** The timer at the moment typed (in the reader's zone); refusals said beside their fields, nothing typed lost. */
    public void move() {
        try {
            actions.moveTimer(me.actor(), moving == null ? null : moving.id(),
                    newDue == null ? null : newDue.atZone(me.zone()).toInstant(), reason);
            Messages.addGlobalInfo(Text.of("case.timer.moved", moving.step(), time(newDue.atZone(me.zone()).toInstant())));
            org.primefaces.PrimeFaces.current().executeScript("PF('moveDialog').hide()");
            moving = null;
            jobs = jobsView.ofCase(overview.id());
        } catch (accord.platform.control.FieldRefused refused) {
            accord.platform.boundary.RefusalMessages.sayBeside("move", refused);
        }
    }

    public String time(java.time.Instant at) {
        return at == null ? "" : me.dateTime(at);
    }

    /** Whether a job of the case failed: the page then leads to Failed jobs, where it is retried or cancelled. */
    public boolean isAnyFailed() {
        return jobs != null && jobs.stream().anyMatch(JobRow::failed);
    }

    public String getNumber() { return number; }
    public JobRow getMoving() { return moving; }
    public java.time.LocalDateTime getNewDue() { return newDue; }
    public void setNewDue(java.time.LocalDateTime newDue) { this.newDue = newDue; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public CaseOverview.Overview getOverview() { return overview; }
    public List<JobRow> getJobs() { return jobs; }
    public CaseStory.Story getStory() { return story; }
}

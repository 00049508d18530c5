package accord.operations.boundary;

import accord.inbox.boundary.CaseStory;
import accord.operations.control.CaseOverview;
import accord.operations.control.EngineJobsView;
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

    private CaseOverview.Overview overview;
    private List<JobRow> jobs;
    private CaseStory.Story story;

    /** Runs when the page opens: the case, or a message that no case has this number. */
    public void load() {
        if (Faces.isPostback()) {
            return;
        }
        overview = overviews.of(me.actor(), number, me::dateTime).orElse(null);
        if (overview == null) {
            Messages.addGlobalError(Text.of("case.notFound", number == null ? "" : number));
            return;
        }
        jobs = jobsView.ofCase(overview.id());
        story = stories.of(me.actor(), overview.id());
    }

    public String time(java.time.Instant at) {
        return at == null ? "" : me.dateTime(at);
    }

    /** Whether a job of the case failed: the page then leads to Failed jobs, where it is retried or cancelled. */
    public boolean isAnyFailed() {
        return jobs != null && jobs.stream().anyMatch(JobRow::failed);
    }

    public String getNumber() { return number; }
    public CaseOverview.Overview getOverview() { return overview; }
    public List<JobRow> getJobs() { return jobs; }
    public CaseStory.Story getStory() { return story; }
}

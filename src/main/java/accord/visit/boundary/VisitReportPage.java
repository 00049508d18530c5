package accord.visit.boundary;

import accord.platform.boundary.RefusalMessages;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import accord.visit.control.VisitRefused;
import accord.visit.entity.Visit;
import accord.visit.entity.VisitStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * One visit ({@code visits/view.xhtml?id=}): what was planned or done, and for the rep's own planned
 * visit the report: done (once its day has come) with its result, or not made with why.
 */
@Named
@ViewScoped
public class VisitReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The visit as the page shows it. */
    public record Facts(long id, long version, String rep, LocalDate date, String customerCode, String customer, boolean prospect,
            String purpose, VisitStatus status, String result, String nextStep) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    Visits visits;

    @Inject
    @Param(name = "id")
    Long id;

    private Facts facts;
    private String result;
    private String nextStep;

    public void load() {
        facts = id == null ? null : visits.visible(me.actor(), id).map(VisitReportPage::facts).orElse(null);
    }

    private static Facts facts(Visit v) {
        return new Facts(v.id(), v.version(), v.rep(), v.date(), v.customer().code(), v.customer().name(), v.prospect(),
                Text.of("visit.purpose." + v.purpose().name()), v.status(), v.result(), v.nextStep());
    }

    /** The rep's own planned visit: it can be reported missed any time. */
    public boolean isReportable() {
        return facts != null && facts.status() == VisitStatus.PLANNED && facts.rep().equals(me.getLogin());
    }

    /** ... and done once its day has come. */
    public boolean isDoneOffered() {
        return isReportable() && !facts.date().isAfter(LocalDate.now(me.zone()));
    }

    public String done() {
        return report(() -> visits.report(me.actor(), facts.id(), facts.version(), result, nextStep, me.zone()), "visit.reported");
    }

    public String missed() {
        return report(() -> visits.miss(me.actor(), facts.id(), facts.version(), result), "visit.reportedMissed");
    }

    private String report(Runnable reporting, String doneKey) {
        try {
            reporting.run();
            Messages.addFlashGlobalInfo(Text.of(doneKey, facts.customer()));
            return "/visits/view?faces-redirect=true&id=" + facts.id();
        } catch (VisitRefused refused) {
            RefusalMessages.sayBeside("report", refused);
            return null;
        }
    }

    public Facts getFacts() {
        return facts;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getNextStep() {
        return nextStep;
    }

    public void setNextStep(String nextStep) {
        this.nextStep = nextStep;
    }
}

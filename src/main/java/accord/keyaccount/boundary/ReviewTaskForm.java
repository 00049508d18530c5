package accord.keyaccount.boundary;

import accord.customer.entity.Tier;
import accord.inbox.boundary.StepForm;
import accord.keyaccount.control.Dossier;
import accord.keyaccount.control.ReviewProcess;
import accord.keyaccount.entity.TierProposal;
import accord.platform.control.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.flowable.task.api.Task;

/**
 * The review's own form on the task page: the dossier and the step's inputs, each step's in its
 * own holder (the plan, the meeting, the outcome; the review and the director's tier decision are
 * a yes/no with comments). Problems are said beside their fields; what was typed stays.
 */
@Named
@ViewScoped
public class ReviewTaskForm extends StepForm {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewSteps steps;

    @Inject
    Dossier dossiers;

    private String number;
    private int year;
    private String customerName;
    private String customerCode;
    private Tier currentTier;
    private Dossier.Facts dossier;
    private String riskNote;
    private final ReviewPlanInput plan = new ReviewPlanInput();
    private final ReviewMeetingInput meeting = new ReviewMeetingInput();
    private final ReviewOutcomeInput outcome = new ReviewOutcomeInput();
    /** The sales manager's review of the preparation, and the director's tier decision. */
    private boolean approved = true;
    private String comments;

    public ReviewTaskForm() {
        super(ReviewProcess.KEY, "review-form");
    }

    @Override
    protected boolean read(Task task) {
        return steps.of(task).map(r -> {
            number = r.getNumber();
            year = r.getYear();
            customerName = r.getCustomer().name();
            customerCode = r.getCustomer().code();
            currentTier = r.getCustomer().tier();
            dossier = dossiers.of(r.getCustomer(), r.getYear(), Instant.now());
            if (r.getTriggerNote() != null) {
                // "BREACHED CMP-…, CMP-…" or "REOPENED …": the complaints that put the account at risk.
                String[] kindAndNumbers = r.getTriggerNote().split(" ", 2);
                riskNote = Text.of("review.risk." + kindAndNumbers[0], kindAndNumbers.length > 1 ? kindAndNumbers[1] : "");
            }
            plan.fill(r, dossier.lastYearActual());
            meeting.fill(r, () -> dossiers.decisionMakers(r.getCustomer().id()), Text.of("review.agenda.checklist"), me.zone());
            outcome.fill(r);
            return true;
        }).orElse(false);
    }

    public String prepare() {
        return step(() -> steps.prepare(me.actor(), taskId(), plan.preparation(), plan.actionLines()));
    }

    public String reviewPreparation() {
        return step(() -> steps.review(me.actor(), taskId(), approved, comments));
    }

    public String schedule() {
        Instant at = meeting.at(me.zone());
        // Said now, because nothing shows up in the inbox until the meeting time has passed.
        String when = at == null ? "" : me.dateTime(at) + " (" + me.getZoneName() + ")";
        return attempt(() -> steps.schedule(me.actor(), taskId(), at, meeting.getPlace(), meeting.getAttendees(),
                meeting.getAgenda()), "review.scheduled", number, when);
    }

    public String recordOutcome() {
        return step(() -> steps.recordOutcome(me.actor(), taskId(), outcome.outcome()));
    }

    public String decideTier() {
        return step(() -> steps.decideTier(me.actor(), taskId(), approved, comments));
    }

    private String step(Runnable action) {
        return attempt(action, "review.step.done", number);
    }

    public String percent(Double share) {
        return share == null ? "—" : Math.round(share * 100) + " %";
    }

    public String decimal(Double value) {
        return value == null ? "—" : String.format(me.getLocale(), "%.1f", value);
    }

    public TierProposal[] getProposals() {
        return TierProposal.values();
    }

    public Tier[] getTiers() {
        return Tier.values();
    }

    public List<Integer> getScores() {
        return List.of(1, 2, 3, 4, 5);
    }

    public String getRiskNote() {
        return riskNote;
    }

    public String getNumber() {
        return number;
    }

    /** The review's year: the year its plan is for. */
    public int getYear() {
        return year;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public Tier getCurrentTier() {
        return currentTier;
    }

    public Dossier.Facts getDossier() {
        return dossier;
    }

    public ReviewPlanInput getPlan() {
        return plan;
    }

    public ReviewMeetingInput getMeeting() {
        return meeting;
    }

    public ReviewOutcomeInput getOutcome() {
        return outcome;
    }

    public boolean isApproved() {
        return approved;
    }

    public void setApproved(boolean approved) {
        this.approved = approved;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }
}

package accord.keyaccount.boundary;

import accord.customer.entity.Contact;
import accord.customer.entity.Tier;
import accord.inbox.boundary.TaskFailures;
import accord.keyaccount.control.Dossier;
import accord.keyaccount.control.FiguresRefused;
import accord.keyaccount.entity.AccountReview;
import accord.keyaccount.entity.PlanAction;
import accord.keyaccount.entity.TierProposal;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import accord.workflow.control.WorkingCalendar;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The review's own form on the task page: the dossier and the step's inputs (prepare, review,
 * schedule, outcome, the director's tier decision). The plan is pre-filled from last year's sales
 * (plus 10 %), the attendees from the account's decision makers, the agenda from the checklist of
 * a review meeting. Problems are said beside their fields; what was typed stays.
 */
@Named
@ViewScoped
public class ReviewTaskForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal NEXT_YEAR_GROWTH = new BigDecimal("1.10");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentPerson me;

    @Inject
    ReviewSteps steps;

    @Inject
    Dossier dossiers;

    @Inject
    TaskService tasks;

    @Inject
    TaskFailures failures;

    @Inject
    WorkingCalendar calendar;

    private boolean loaded;
    private String taskId;
    private String step;
    private String number;
    private int year;
    private String customerName;
    private String customerCode;
    private Tier currentTier;
    private Dossier.Facts dossier;

    private String relationship;
    private String competitors;
    private String customerPlans;
    private BigDecimal q1;
    private BigDecimal q2;
    private BigDecimal q3;
    private BigDecimal q4;
    private String products;
    private List<ActionRow> actionRows = new ArrayList<>();
    private List<PlanAction> plannedActions = List.of();
    private String defaultOwner;
    private boolean approved = true;
    private String comments;
    private LocalDateTime meetingAt;
    private String place;
    private String attendees;
    private String agenda;
    private String feedback;
    private Integer satisfaction;
    private String opportunities;
    private String productsIntroduced;
    private boolean referralAsked;
    private boolean referralReceived;
    private BigDecimal agreedTarget;
    private TierProposal proposal = TierProposal.KEEP;
    private Tier proposedTier;
    private String lostReason;
    private boolean applies;
    private String riskNote;

    private void load() {
        loaded = true;
        taskId = Faces.getRequestParameter("id");
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return;
        }
        steps.of(task).ifPresent(r -> {
            applies = true;
            step = task.getTaskDefinitionKey();
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
            fill(r);
        });
    }

    /** What is stored, else suggestions from the data. */
    private void fill(AccountReview r) {
        relationship = r.getRelationship();
        competitors = r.getCompetitors();
        customerPlans = r.getCustomerPlans();
        BigDecimal suggestedQuarter = dossier.lastYearActual() == null ? null
                : dossier.lastYearActual().multiply(NEXT_YEAR_GROWTH).divide(BigDecimal.valueOf(4), -4, RoundingMode.HALF_UP);
        q1 = r.getPlanQ1() != null ? r.getPlanQ1() : suggestedQuarter;
        q2 = r.getPlanQ2() != null ? r.getPlanQ2() : suggestedQuarter;
        q3 = r.getPlanQ3() != null ? r.getPlanQ3() : suggestedQuarter;
        q4 = r.getPlanQ4() != null ? r.getPlanQ4() : suggestedQuarter;
        products = r.getPlanProducts();
        plannedActions = r.getPlanActions();
        defaultOwner = r.getCustomer().accountManager() == null ? null : r.getCustomer().accountManager().displayName();
        plannedActions.forEach(a -> actionRows.add(new ActionRow(a.getWhat(), a.getOwner(), a.getDue())));
        if (actionRows.isEmpty()) {
            addAction();
        }
        place = r.getMeetingPlace();
        attendees = r.getAttendees() != null ? r.getAttendees() : String.join("\n", em.createQuery(
                        "select p from Contact p where p.customer.id = :id and p.decisionMaker = true", Contact.class)
                .setParameter("id", r.getCustomer().id()).getResultList().stream()
                .map(p -> p.getName() + (p.getTitle() == null ? "" : " (" + p.getTitle() + ")")).toList());
        agenda = r.getAgenda() != null ? r.getAgenda() : Text.of("review.agenda.checklist");
        if (r.getPlanQ1() != null) {
            agreedTarget = r.getPlanQ1().add(r.getPlanQ2()).add(r.getPlanQ3()).add(r.getPlanQ4());
        }
        meetingAt = r.getMeetingAt() == null ? null : LocalDateTime.ofInstant(r.getMeetingAt(), me.zone()); // typed and shown in the person's zone
        if (r.getTierProposal() != null) {
            feedback = r.getFeedback();
            satisfaction = r.getSatisfaction();
            opportunities = r.getOpportunities();
            productsIntroduced = r.getProductsIntroduced();
            referralAsked = Boolean.TRUE.equals(r.getReferralAsked());
            referralReceived = Boolean.TRUE.equals(r.getReferralReceived());
            agreedTarget = r.getAgreedTarget();
            proposal = r.getTierProposal();
            proposedTier = r.getProposedTier();
            lostReason = r.getLostReason();
        }
    }

    public boolean isApplies() {
        if (!loaded) {
            load();
        }
        return applies;
    }

    public String prepare() {
        return attempt(() -> steps.prepare(me.actor(), taskId, new AccountReview.Preparation(relationship, competitors,
                customerPlans, q1, q2, q3, q4, products, List.of()),
                actionRows.stream().map(a -> new AccountReview.ActionLine(a.getWhat(), a.getOwner(), a.getDue())).toList()));
    }

    /** Another line for an action, its owner the account manager until changed. */
    public void addAction() {
        actionRows.add(new ActionRow(null, defaultOwner, null));
    }

    public void removeAction(ActionRow row) {
        actionRows.remove(row);
        if (actionRows.isEmpty()) {
            addAction();
        }
    }

    /** An action line of the form. */
    public static class ActionRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private String what;
        private String owner;
        private LocalDate due;

        ActionRow(String what, String owner, LocalDate due) {
            this.what = what;
            this.owner = owner;
            this.due = due;
        }

        public String getWhat() {
            return what;
        }

        public void setWhat(String what) {
            this.what = what;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public LocalDate getDue() {
            return due;
        }

        public void setDue(LocalDate due) {
            this.due = due;
        }
    }

    public String reviewPreparation() {
        return attempt(() -> steps.review(me.actor(), taskId, approved, comments));
    }

    public String schedule() {
        Instant at = meetingAt == null ? null : meetingAt.atZone(me.zone()).toInstant();
        // Said now, because nothing shows up in the inbox until the meeting time has passed.
        String when = at == null ? "" : me.dateTime(at) + " (" + me.getZoneName() + ")";
        return attempt(() -> steps.schedule(me.actor(), taskId, at, place, attendees, agenda), "review.scheduled", number, when);
    }

    public String recordOutcome() {
        return attempt(() -> steps.recordOutcome(me.actor(), taskId, new AccountReview.Outcome(feedback, satisfaction,
                opportunities, productsIntroduced, referralAsked, referralReceived, agreedTarget, proposal, proposedTier,
                lostReason)));
    }

    public String decideTier() {
        return attempt(() -> steps.decideTier(me.actor(), taskId, approved, comments));
    }

    private String attempt(Runnable action) {
        return attempt(action, "review.step.done", number);
    }

    private String attempt(Runnable action, String successKey, Object... successArguments) {
        try {
            if (failures.attempt(action, successKey, successArguments)) {
                Faces.getFlash().setKeepMessages(true);
                return "/inbox/index?faces-redirect=true&list=mine";
            }
        } catch (FiguresRefused refused) {
            Messages.addError(refused.field() == null ? null : "review-form:" + refused.field(),
                    Text.of(refused.messageKey(), refused.arguments()));
        }
        return null;
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

    public String getStep() {
        return step;
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

    public String getRelationship() {
        return relationship;
    }

    public void setRelationship(String relationship) {
        this.relationship = relationship;
    }

    public String getCompetitors() {
        return competitors;
    }

    public void setCompetitors(String competitors) {
        this.competitors = competitors;
    }

    public String getCustomerPlans() {
        return customerPlans;
    }

    public void setCustomerPlans(String customerPlans) {
        this.customerPlans = customerPlans;
    }

    public BigDecimal getQ1() {
        return q1;
    }

    public void setQ1(BigDecimal q1) {
        this.q1 = q1;
    }

    public BigDecimal getQ2() {
        return q2;
    }

    public void setQ2(BigDecimal q2) {
        this.q2 = q2;
    }

    public BigDecimal getQ3() {
        return q3;
    }

    public void setQ3(BigDecimal q3) {
        this.q3 = q3;
    }

    public BigDecimal getQ4() {
        return q4;
    }

    public void setQ4(BigDecimal q4) {
        this.q4 = q4;
    }

    public String getProducts() {
        return products;
    }

    public void setProducts(String products) {
        this.products = products;
    }

    public List<ActionRow> getActionRows() {
        return actionRows;
    }

    public List<PlanAction> getPlannedActions() {
        return plannedActions;
    }

    public int getMaxActions() {
        return ReviewSteps.MAX_ACTIONS;
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

    public LocalDateTime getMeetingAt() {
        return meetingAt;
    }

    public void setMeetingAt(LocalDateTime meetingAt) {
        this.meetingAt = meetingAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAttendees() {
        return attendees;
    }

    public void setAttendees(String attendees) {
        this.attendees = attendees;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Integer satisfaction) {
        this.satisfaction = satisfaction;
    }

    public String getOpportunities() {
        return opportunities;
    }

    public void setOpportunities(String opportunities) {
        this.opportunities = opportunities;
    }

    public String getProductsIntroduced() {
        return productsIntroduced;
    }

    public void setProductsIntroduced(String productsIntroduced) {
        this.productsIntroduced = productsIntroduced;
    }

    public boolean isReferralAsked() {
        return referralAsked;
    }

    public void setReferralAsked(boolean referralAsked) {
        this.referralAsked = referralAsked;
    }

    public boolean isReferralReceived() {
        return referralReceived;
    }

    public void setReferralReceived(boolean referralReceived) {
        this.referralReceived = referralReceived;
    }

    public BigDecimal getAgreedTarget() {
        return agreedTarget;
    }

    public void setAgreedTarget(BigDecimal agreedTarget) {
        this.agreedTarget = agreedTarget;
    }

    public TierProposal getProposal() {
        return proposal;
    }

    public void setProposal(TierProposal proposal) {
        this.proposal = proposal;
    }

    public Tier getProposedTier() {
        return proposedTier;
    }

    public void setProposedTier(Tier proposedTier) {
        this.proposedTier = proposedTier;
    }

    public String getLostReason() {
        return lostReason;
    }

    public void setLostReason(String lostReason) {
        this.lostReason = lostReason;
    }
}

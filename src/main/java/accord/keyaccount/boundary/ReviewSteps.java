package accord.keyaccount.boundary;

import static accord.platform.control.FieldRules.require;
import static accord.platform.control.Input.blank;
import static accord.platform.control.Input.stripped;

import accord.calendar.control.WorkingCalendar;
import accord.customer.entity.Customer;
import accord.customer.entity.Tier;
import accord.deputy.control.Absences;
import accord.inbox.boundary.CaseSteps;
import accord.keyaccount.control.FiguresRefused;
import accord.keyaccount.control.ReviewProcess;
import accord.keyaccount.entity.AccountReview;
import accord.keyaccount.entity.PlanAction;
import accord.keyaccount.entity.TierProposal;
import accord.mail.control.CalendarEntry;
import accord.mail.control.Draft;
import accord.mail.control.Outbox;
import accord.mail.entity.MailKind;
import accord.organisation.control.Actor;
import accord.organisation.entity.Role;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import accord.platform.control.FieldRules;
import accord.platform.control.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.task.api.Task;

/**
 * The steps of a review, each in one transaction with the task it completes: the account manager
 * (or deputy) prepares, schedules and records the outcome; the sales manager (or deputy) approves
 * the preparation or sends it back; a sales director decides a tier change, which then changes
 * the customer's tier (kept in its history) and makes the plan the account's active plan.
 */
@ApplicationScoped
@Transactional
public class ReviewSteps extends CaseSteps<AccountReview> {

    static final int MAX_ACTIONS = 20;

    /** How long a review meeting is put in the calendar. */
    private static final java.time.Duration MEETING_LENGTH = java.time.Duration.ofHours(1);

    /** The review's refusal, said beside the form's field. */
    private static final FieldRules.Refusal REFUSED = FiguresRefused::new;

    @Inject
    Absences deputies;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Outbox outbox;

    public ReviewSteps() {
        super(ReviewProcess.KEY, ReviewProcess.ID_VARIABLE, AccountReview.class);
    }

    /** The preparation with its plan's actions as typed; lines left wholly empty are dropped. */
    public void prepare(Actor actor, String taskId, AccountReview.Preparation preparation,
            List<AccountReview.ActionLine> actionLines) {
        AccountReview review = at(actor, taskId, "prepare");
        mayActFor(actor, review.getAccountManager(), review);
        FieldRules.check(preparation, REFUSED);
        require(preparation.q1() != null && preparation.q2() != null && preparation.q3() != null && preparation.q4() != null,
                "plan", "review.refused.plan", REFUSED);
        List<PlanAction> planActions = planActions(actionLines);
        review.prepared(new AccountReview.Preparation(preparation.relationship().strip(), stripped(preparation.competitors()),
                stripped(preparation.customerPlans()), preparation.q1(), preparation.q2(), preparation.q3(), preparation.q4(),
                stripped(preparation.products()), planActions));
        actions.complete(actor, taskId, null, Map.of());
    }

    /** Each action needs what, who and a due date not in the past; the first line at fault is named. */
    private List<PlanAction> planActions(List<AccountReview.ActionLine> lines) {
        List<AccountReview.ActionLine> typed = lines == null ? List.of() : lines.stream().filter(l -> !l.isEmpty()).toList();
        if (typed.isEmpty()) {
            throw new FiguresRefused("actions", "review.refused.actions");
        }
        if (typed.size() > MAX_ACTIONS) {
            throw new FiguresRefused("actions", "review.refused.tooManyActions", MAX_ACTIONS);
        }
        LocalDate today = LocalDate.now(calendar.zone());
        List<PlanAction> planActions = new ArrayList<>();
        for (int index = 0; index < typed.size(); index++) {
            AccountReview.ActionLine line = typed.get(index);
            if (blank(line.what()) || blank(line.owner()) || line.due() == null) {
                throw new FiguresRefused("actions", "review.refused.actionIncomplete", index + 1);
            }
            if (line.what().strip().length() > 500 || line.owner().strip().length() > 100) {
                throw new FiguresRefused("actions", "review.refused.actionLong", index + 1);
            }
            if (line.due().isBefore(today)) {
                throw new FiguresRefused("actions", "review.refused.actionDue", index + 1);
            }
            planActions.add(new PlanAction(line.what().strip(), line.owner().strip(), line.due()));
        }
        return planActions;
    }

    public void review(Actor actor, String taskId, boolean approved, String comments) {
        AccountReview review = at(actor, taskId, "managerReview");
        mayActFor(actor, review.getSalesManager(), review);
        require(approved || !blank(comments), "comments", "review.refused.comments", REFUSED);
        review.reviewed(approved);
        actions.complete(actor, taskId, stripped(comments), Map.of("reviewApproved", approved));
    }

    public void schedule(Actor actor, String taskId, Instant meetingAt, String place, String attendees, String agenda) {
        AccountReview review = at(actor, taskId, "schedule");
        mayActFor(actor, review.getAccountManager(), review);
        require(meetingAt != null && meetingAt.isAfter(Instant.now()), "meetingAt", "review.refused.meetingAt", REFUSED);
        require(!blank(place), "place", "review.refused.place", REFUSED);
        require(!blank(attendees), "attendees", "review.refused.attendees", REFUSED);
        require(!blank(agenda), "agenda", "review.refused.agenda", REFUSED);
        review.scheduled(meetingAt, place.strip(), attendees.strip(), agenda.strip());
        actions.complete(actor, taskId, null, Map.of("meetingAt", Date.from(meetingAt)));
        for (String login : Set.of(review.getAccountManager(), review.getSalesManager())) {
            outbox.tell(login, MailKind.REVIEW_MEETING, reader -> invitation(review, reader));
        }
    }

    /** The meeting as each of its two people reads it: the time in their own zone, where, with whom, about what. */
    private static Draft invitation(AccountReview review, Outbox.Reader reader) {
        String when = reader.dateTime(review.getMeetingAt());
        return new Draft(Text.of("mail.meeting.subject", review.getCustomer().name(), when), Text.of("mail.meeting.intro"),
                List.of(new Draft.Fact(Text.of("mail.task.customer"), review.getCustomer().name()),
                        new Draft.Fact(Text.of("mail.meeting.when"), when), new Draft.Fact(Text.of("mail.meeting.place"), review.getMeetingPlace()),
                        new Draft.Fact(Text.of("mail.meeting.attendees"), review.getAttendees()),
                        new Draft.Fact(Text.of("mail.meeting.agenda"), review.getAgenda())),
                Text.of("mail.meeting.open"), "reviews/view.xhtml?number=" + review.getNumber(),
                CalendarEntry.of("review-" + review.getNumber() + "@accord", review.getMeetingAt(), MEETING_LENGTH,
                        Text.of("mail.meeting.summary", review.getCustomer().name()), review.getMeetingPlace(),
                        review.getAgenda() + "\n\n" + review.getAttendees(), Instant.now()));
    }

    public void recordOutcome(Actor actor, String taskId, AccountReview.Outcome outcome) {
        AccountReview review = at(actor, taskId, "recordOutcome");
        mayActFor(actor, review.getAccountManager(), review);
        FieldRules.check(outcome, REFUSED);
        Tier current = review.getCustomer().tier();
        Tier proposed = switch (outcome.proposal()) {
            case KEEP -> current;
            case LOST -> Tier.C;
            case UPGRADE, DOWNGRADE -> outcome.proposedTier();
        };
        require(outcome.proposal() == TierProposal.KEEP || (proposed != null && proposed != current
                && (outcome.proposal() != TierProposal.UPGRADE || proposed.compareTo(current) < 0)
                && (outcome.proposal() != TierProposal.DOWNGRADE || proposed.compareTo(current) > 0)),
                "proposedTier", "review.refused.proposedTier", REFUSED);
        require(outcome.proposal() != TierProposal.LOST || !blank(outcome.lostReason()),
                "lostReason", "review.refused.lostReason", REFUSED);
        Instant now = Instant.now();
        review.outcome(new AccountReview.Outcome(outcome.feedback().strip(), outcome.satisfaction(),
                stripped(outcome.opportunities()), stripped(outcome.productsIntroduced()), outcome.referralAsked(),
                outcome.referralReceived(), outcome.agreedTarget(), outcome.proposal(),
                outcome.proposal() == TierProposal.KEEP ? null : proposed, stripped(outcome.lostReason())), now);
        if (!outcome.proposal().changesTier()) {
            activatePlan(review);
        }
        actions.complete(actor, taskId, null, Map.of("tierChange", outcome.proposal().changesTier()));
    }

    /** A sales director approves the tier change (the tier changes) or rejects it (it stays); either way the plan is active. */
    public void decideTier(Actor actor, String taskId, boolean approved, String reason) {
        AccountReview review = at(actor, taskId, "approveTier");
        if (!actor.isIn(Role.SALES_DIRECTOR.name())) {
            throw denied(actor, AuditWording.of("audit.act.decideReviewTier", review.getNumber()), "figures.refused.notDirector");
        }
        require(approved || !blank(reason), "comments", "figures.refused.reason", REFUSED);
        Instant now = Instant.now();
        if (approved) {
            Customer customer = em.find(Customer.class, review.getCustomer().id(), LockModeType.PESSIMISTIC_WRITE);
            String why = review.getNumber() + ": " + review.getTierProposal()
                    + (review.getLostReason() == null ? "" : " (" + review.getLostReason() + ")")
                    + (blank(reason) ? "" : " · " + reason.strip());
            em.persist(customer.retier(review.getProposedTier(), actor.login(), now, why));
        }
        review.tierDecided(approved, now);
        activatePlan(review);
        actions.complete(actor, taskId, stripped(reason), Map.of());
    }

    /** The review's plan becomes the account's active plan; an earlier one steps down. */
    private void activatePlan(AccountReview review) {
        em.createQuery("select r from AccountReview r where r.customer.id = :customer and r.planActive = true and r.id <> :id",
                        AccountReview.class).setParameter("customer", review.getCustomer().id()).setParameter("id", review.getId())
                .getResultList().forEach(AccountReview::planReplaced);
    }

    private AccountReview at(Actor actor, String taskId, String step) {
        Task task = lookup.task(taskId, actor);
        return lockedAt(task, Set.of(step))
                .orElseThrow(() -> new FiguresRefused(null, "review.refused.notThisStep"));
    }

    private void mayActFor(Actor actor, String person, AccountReview review) {
        if (!deputies.actsFor(actor.login(), person)) {
            throw denied(actor, AuditWording.of("audit.act.actOnReview", review.getNumber(), person), "review.refused.notYourStep");
        }
    }

    /** Refused, logged and recorded: not this person's to do. */
    private static FiguresRefused denied(Actor actor, AuditWording action, String key) {
        AccessRefusals.record(actor.login(), action, key);
        return new FiguresRefused(null, key);
    }
}

package accord.keyaccount.boundary;

import accord.complaint.control.ComplaintRegister;
import accord.complaint.control.RegisterFilter;
import accord.customer.entity.Contact;
import accord.customer.entity.Customer;
import accord.customer.entity.SalesFigure;
import accord.customer.entity.Tier;
import accord.customer.entity.TierChange;
import accord.handoff.control.HandoffRegister;
import accord.inbox.boundary.TaskFailures;
import accord.keyaccount.control.CustomerDirectory;
import accord.keyaccount.control.FigureAccess;
import accord.keyaccount.control.FiguresRefused;
import accord.keyaccount.control.SalesFigures;
import accord.keyaccount.control.TierRules;
import accord.keyaccount.entity.AccountReview;
import accord.keyaccount.entity.PlanAction;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import accord.workflow.control.WorkingCalendar;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A customer seen whole: tier (with the rules' suggestion and the history of changes), account
 * manager, contacts, sales against target by year and quarter (for those who may see them; the
 * account manager types them here), and the customer's complaints and handoffs the viewer may see.
 */
@Named
@ViewScoped
public class CustomerPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Quarters in the chart. */
    private static final int CHART_QUARTERS = 8;

    public record Facts(long id, String code, String name, Tier tier, String accountManager, String region, String industry,
            Integer since) implements Serializable {
    }

    public record QuarterRow(int year, int quarter, BigDecimal target, BigDecimal actual, Double attainment, Integer orders,
            Integer cancelledOrders) implements Serializable {
    }

    public record Change(Date at, String by, Tier from, Tier to, String reason) implements Serializable {
    }

    public record Person(long id, String name, String title, String phone, String email, boolean decisionMaker)
            implements Serializable {
    }

    public record Case(String number, String subject, String status, boolean open) implements Serializable {
    }

    /** A review of the account, and (once done) its plan. */
    public record Review(String number, int year, String trigger, String status, boolean planActive, BigDecimal target,
            String products, List<PlanAction> actions) implements Serializable {
    }

    /** A quarter as the account manager types it. */
    public static class QuarterInput implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int quarter;
        private BigDecimal target;
        private BigDecimal actual;

        QuarterInput(int quarter) {
            this.quarter = quarter;
        }

        public int getQuarter() {
            return quarter;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public void setTarget(BigDecimal target) {
            this.target = target;
        }

        public BigDecimal getActual() {
            return actual;
        }

        public void setActual(BigDecimal actual) {
            this.actual = actual;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentPerson me;

    @Inject
    CustomerDirectory customers;

    @Inject
    SalesFigures figures;

    @Inject
    TierRules rules;

    @Inject
    AccountFigures accountFigures;

    @Inject
    ComplaintRegister complaints;

    @Inject
    HandoffRegister handoffs;

    @Inject
    Directory directory;

    @Inject
    WorkingCalendar calendar;

    @Inject
    TaskFailures failures;

    @Inject
    ReviewStarts reviewStarts;

    private Facts facts;
    private boolean figuresVisible;
    private boolean editable;
    private boolean retierable;
    private List<SalesFigures.Year> years = List.of();
    private List<QuarterRow> quarters = List.of();
    private TierRules.Suggestion suggestion;
    private List<Change> changes = List.of();
    private List<Person> contacts = List.of();
    private List<Case> complaintCases = List.of();
    private List<Case> handoffCases = List.of();
    private String chart;
    private List<Review> reviews = List.of();
    private boolean reviewStartable;
    private boolean reviewUnderWay;

    private int entryYear;
    private List<QuarterInput> entry = List.of();
    private Tier newTier;
    private String reason;
    private String contactName;
    private String contactTitle;
    private String contactPhone;
    private String contactEmail;
    private boolean contactDecides;

    public void load() {
        Actor actor = me.actor();
        String code = Faces.getRequestParameter("code");
        customers.byCode(code).ifPresentOrElse(customer -> show(actor, customer), () -> {
            Messages.addGlobalError(Text.of("customers.notFound"));
        });
    }

    private void show(Actor actor, Customer c) {
        facts = new Facts(c.id(), c.code(), c.name(), c.tier(), c.accountManager() == null ? "" : c.accountManager().displayName(),
                c.region(), c.industry(), c.customerSince());
        figuresVisible = FigureAccess.maySee(actor, c);
        editable = FigureAccess.mayEdit(actor, c);
        retierable = FigureAccess.mayRetier(actor);
        int thisYear = LocalDate.now(calendar.zone()).getYear();
        if (figuresVisible) {
            List<SalesFigure> all = figures.of(c.id());
            years = SalesFigures.byYear(all);
            quarters = all.stream().map(f -> new QuarterRow(f.getYear(), f.getQuarter(), f.getTarget(), f.getActual(),
                    f.getTarget() == null || f.getTarget().signum() == 0 || f.getActual() == null ? null
                            : f.getActual().doubleValue() / f.getTarget().doubleValue(), f.getOrders(), f.getCancelledOrders()))
                    .toList();
            suggestion = rules.suggest(c, years, thisYear).orElse(null);
            chart = chart(quarters);
            quarters = new ArrayList<>(quarters);
            java.util.Collections.reverse(quarters); // the table: newest first
        }
        // Offered only when it can succeed: a manager may start one, and none is under way.
        reviewUnderWay = ReviewStarts.mayStart(actor) && !reviewStarts.open(c.id()).isEmpty();
        reviewStartable = ReviewStarts.mayStart(actor) && !reviewUnderWay;
        if (figuresVisible) {
            reviews = em.createQuery("select r from AccountReview r where r.customer.id = :id order by r.startedAt desc",
                            AccountReview.class).setParameter("id", c.id()).getResultList().stream()
                    .map(r -> new Review(r.getNumber(), r.getYear(), Text.of("review.trigger." + r.getTrigger().name()),
                            Text.of("review.status." + r.getStatus().name()), r.isPlanActive(),
                            r.getPlanQ1() == null ? null : r.getPlanQ1().add(r.getPlanQ2()).add(r.getPlanQ3()).add(r.getPlanQ4()),
                            r.getPlanProducts(), r.getPlanActions())).toList();
        }
        if (editable && entry.isEmpty()) {
            entryYear = thisYear;
            fillEntry();
        }
        changes = em.createQuery("select t from TierChange t where t.customer.id = :id order by t.changedAt desc", TierChange.class)
                .setParameter("id", c.id()).getResultList().stream()
                .map(t -> new Change(Date.from(t.getChangedAt()), directory.displayName(t.getChangedBy()), t.getFrom(), t.getTo(),
                        readable(t.getReason()))).toList();
        contacts = em.createQuery("select p from Contact p where p.customer.id = :id order by p.decisionMaker desc, p.name",
                        Contact.class).setParameter("id", c.id()).getResultList().stream()
                .map(p -> new Person(p.getId(), p.getName(), p.getTitle(), p.getPhone(), p.getEmail(), p.isDecisionMaker()))
                .toList();
        RegisterFilter ofCustomer = new RegisterFilter();
        ofCustomer.setCustomerId(c.id());
        complaintCases = complaints.page(actor, ofCustomer, me.zone(), null, false, 0, 50).stream()
                .map(k -> new Case(k.getNumber(), k.getSubject(), Text.of("complaint.status." + k.getStatus().name()),
                        k.getStatus().isOpen())).toList();
        handoffCases = handoffs.ofCustomer(actor, c.id()).stream()
                .map(h -> new Case(h.getNumber(), h.getSubject(), Text.of("handoff.status." + h.getStatus().name()),
                        h.getStatus().isOpen())).toList();
    }

    /** The entry form shows what is stored for the chosen year. */
    public void fillEntry() {
        List<QuarterInput> inputs = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            QuarterInput input = new QuarterInput(q);
            quarters.stream().filter(r -> r.year() == entryYear && r.quarter() == input.quarter).findFirst().ifPresent(r -> {
                input.setTarget(r.target());
                input.setActual(r.actual());
            });
            inputs.add(input);
        }
        entry = inputs;
    }

    public String save() {
        try {
            int[] changed = new int[1];
            if (failures.attempt(() -> changed[0] = accountFigures.enter(me.actor(), facts.id(), entryYear, entry.stream()
                    .map(i -> new AccountFigures.Quarter(i.quarter, i.target, i.actual)).toList()), null)) {
                Messages.addFlashGlobalInfo(Text.of("figures.saved", entryYear, changed[0]));
                return reload();
            }
        } catch (FiguresRefused refused) {
            Messages.addError(refused.field() == null ? null : "figures:" + refused.field(), Text.of(refused.messageKey()));
        }
        return null;
    }

    public String addContact() {
        try {
            accountFigures.addContact(me.actor(), facts.id(), new AccountFigures.NewContact(contactName, contactTitle, contactPhone,
                    contactEmail, contactDecides));
            Messages.addFlashGlobalInfo(Text.of("contacts.added", contactName));
            return reload();
        } catch (FiguresRefused refused) {
            Messages.addError(refused.field() == null ? null : "contact:" + refused.field(), Text.of(refused.messageKey()));
            return null;
        }
    }

    public String removeContact(long contactId) {
        try {
            accountFigures.removeContact(me.actor(), contactId);
            return reload();
        } catch (FiguresRefused refused) {
            Messages.addGlobalError(Text.of(refused.messageKey()));
            return null;
        }
    }

    public String retier() {
        try {
            accountFigures.retier(me.actor(), facts.id(), newTier, reason);
            Messages.addFlashGlobalInfo(Text.of("figures.retiered", facts.name(), Text.of("tier." + newTier.name())));
            return reload();
        } catch (FiguresRefused refused) {
            Messages.addError(refused.field() == null ? null : "retier:" + refused.field(), Text.of(refused.messageKey()));
            return null;
        }
    }

    // A review's tier change is stored as "KAR-2026-000001: DOWNGRADE (…) · …": the proposal is shown in words.
    private static final java.util.regex.Pattern REVIEW_REASON =
            java.util.regex.Pattern.compile("^(KAR-\\d{4}-\\d{6}): (KEEP|UPGRADE|DOWNGRADE|LOST)\\b");

    static String readable(String reason) {
        java.util.regex.Matcher m = reason == null ? null : REVIEW_REASON.matcher(reason);
        if (m == null || !m.find()) {
            return reason;
        }
        return Text.of("figures.tierHistory.byReview", m.group(1), Text.of("review.proposal." + m.group(2)))
                + reason.substring(m.end());
    }

    public boolean isReviewUnderWay() {
        return reviewUnderWay;
    }

    public String startReview() {
        try {
            AccountReview review = reviewStarts.startByHand(me.actor(), facts.id());
            Messages.addFlashGlobalInfo(Text.of("review.started", review.getNumber()));
            return reload();
        } catch (FiguresRefused refused) {
            Messages.addGlobalError(Text.of(refused.messageKey()));
            return null;
        }
    }

    /** The plan of the last finished review, if any. */
    public Review getActivePlan() {
        return reviews.stream().filter(Review::planActive).findFirst().orElse(null);
    }

    private String reload() {
        return "/customers/view?faces-redirect=true&code=" + facts.code();
    }

    /** Chart.js: target and actual of the last quarters with figures. */
    private static String chart(List<QuarterRow> rows) {
        List<QuarterRow> last = rows.subList(Math.max(0, rows.size() - CHART_QUARTERS), rows.size());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder targets = Json.createArrayBuilder();
        JsonArrayBuilder actuals = Json.createArrayBuilder();
        for (QuarterRow row : last) {
            labels.add(row.year() + " Q" + row.quarter());
            targets.add(row.target() == null ? BigDecimal.ZERO : row.target());
            actuals.add(row.actual() == null ? BigDecimal.ZERO : row.actual());
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Text.of("figures.target")).add("data", targets)
                                .add("backgroundColor", "#c7d2e8"))
                        .add(Json.createObjectBuilder().add("label", Text.of("figures.actual")).add("data", actuals)
                                .add("backgroundColor", "#5b8def"))))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false))
                .build().toString();
    }

    public String percent(Double share) {
        return share == null ? "—" : Math.round(share * 100) + " %";
    }

    public String growth(Double growth) {
        return growth == null ? "—" : String.format(me.getLocale(), "%+.0f %%", growth);
    }

    public List<Integer> getEntryYears() {
        int thisYear = LocalDate.now(calendar.zone()).getYear();
        return List.of(thisYear + 1, thisYear, thisYear - 1, thisYear - 2);
    }

    public Tier[] getTiers() {
        return Tier.values();
    }

    public Facts getFacts() {
        return facts;
    }

    public boolean isFiguresVisible() {
        return figuresVisible;
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isRetierable() {
        return retierable;
    }

    public List<SalesFigures.Year> getYears() {
        return years;
    }

    public List<QuarterRow> getQuarters() {
        return quarters;
    }

    public TierRules.Suggestion getSuggestion() {
        return suggestion;
    }

    public List<Change> getChanges() {
        return changes;
    }

    public List<Person> getContacts() {
        return contacts;
    }

    public List<Case> getComplaintCases() {
        return complaintCases;
    }

    public List<Case> getHandoffCases() {
        return handoffCases;
    }

    public List<Review> getReviews() {
        return reviews;
    }

    public boolean isReviewStartable() {
        return reviewStartable;
    }

    public String getChart() {
        return chart;
    }

    public int getEntryYear() {
        return entryYear;
    }

    public void setEntryYear(int entryYear) {
        this.entryYear = entryYear;
    }

    public List<QuarterInput> getEntry() {
        return entry;
    }

    public Tier getNewTier() {
        return newTier;
    }

    public void setNewTier(Tier newTier) {
        this.newTier = newTier;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactTitle() {
        return contactTitle;
    }

    public void setContactTitle(String contactTitle) {
        this.contactTitle = contactTitle;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public boolean isContactDecides() {
        return contactDecides;
    }

    public void setContactDecides(boolean contactDecides) {
        this.contactDecides = contactDecides;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

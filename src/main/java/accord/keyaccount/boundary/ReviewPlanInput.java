package accord.keyaccount.boundary;

import accord.keyaccount.entity.AccountReview;
import accord.keyaccount.entity.PlanAction;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The review's "prepare" step as typed: the assessment and next year's plan. Pre-filled with what
 * is stored, else a quarter of last year's sales plus 10 %, and one action line for the account
 * manager.
 */
public class ReviewPlanInput implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal NEXT_YEAR_GROWTH = new BigDecimal("1.10");

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

    private String relationship;
    private String competitors;
    private String customerPlans;
    private BigDecimal q1;
    private BigDecimal q2;
    private BigDecimal q3;
    private BigDecimal q4;
    private String products;
    private final List<ActionRow> actionRows = new ArrayList<>();
    private List<PlanAction> plannedActions = List.of();
    private String defaultOwner;

    /** What is stored, else suggestions from last year's sales. */
    void fill(AccountReview r, BigDecimal lastYearActual) {
        relationship = r.getRelationship();
        competitors = r.getCompetitors();
        customerPlans = r.getCustomerPlans();
        BigDecimal suggestedQuarter = lastYearActual == null ? null
                : lastYearActual.multiply(NEXT_YEAR_GROWTH).divide(BigDecimal.valueOf(4), -4, RoundingMode.HALF_UP);
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
    }

    AccountReview.Preparation preparation() {
        return new AccountReview.Preparation(relationship, competitors, customerPlans, q1, q2, q3, q4, products, List.of());
    }

    List<AccountReview.ActionLine> actionLines() {
        return actionRows.stream().map(a -> new AccountReview.ActionLine(a.getWhat(), a.getOwner(), a.getDue())).toList();
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

    public int getMaxActions() {
        return ReviewSteps.MAX_ACTIONS;
    }

    public List<ActionRow> getActionRows() {
        return actionRows;
    }

    /** The actions of the plan as stored (shown to the reviewers). */
    public List<PlanAction> getPlannedActions() {
        return plannedActions;
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
}

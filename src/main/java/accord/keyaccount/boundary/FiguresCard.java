package accord.keyaccount.boundary;

import accord.calendar.control.WorkingCalendar;
import accord.customer.boundary.CustomerCard;
import accord.customer.control.AccountAccess;
import accord.customer.entity.Customer;
import accord.customer.entity.SalesFigure;
import accord.inbox.boundary.TaskFailures;
import accord.keyaccount.control.FiguresChart;
import accord.keyaccount.control.FiguresRefused;
import accord.keyaccount.control.SalesFigures;
import accord.keyaccount.control.TierRules;
import accord.organisation.control.Actor;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * The customer's sales figures: by year, by quarter with a chart, what the tier rules suggest from
 * them, and the account manager's entry form.
 */
@Named
@ViewScoped
public class FiguresCard extends CustomerCard {

    private static final long serialVersionUID = 1L;

    public record QuarterRow(int year, int quarter, BigDecimal target, BigDecimal actual, Double attainment, Integer orders,
            Integer cancelledOrders) implements Serializable {
    }

    @Inject
    SalesFigures figures;

    @Inject
    TierRules rules;

    @Inject
    AccountFigures accountFigures;

    @Inject
    WorkingCalendar calendar;

    @Inject
    TaskFailures failures;

    private boolean visible;
    private boolean editable;
    private List<SalesFigures.Year> years = List.of();
    private TierRules.Suggestion suggestion;
    private List<QuarterRow> quarters = List.of();
    private String chart;
    private int entryYear;
    private List<QuarterInput> entry = List.of();

    @Override
    protected void read(Customer customer, Actor actor) {
        visible = AccountAccess.maySee(actor, customer);
        editable = AccountAccess.mayEdit(actor, customer);
        if (visible) {
            List<SalesFigure> all = figures.of(customer.id());
            years = SalesFigures.byYear(all);
            suggestion = rules.suggest(customer, years, thisYear()).orElse(null);
            List<QuarterRow> rows = all.stream().map(f -> new QuarterRow(f.getYear(), f.getQuarter(), f.getTarget(), f.getActual(),
                    f.getTarget() == null || f.getTarget().signum() == 0 || f.getActual() == null ? null
                            : f.getActual().doubleValue() / f.getTarget().doubleValue(), f.getOrders(), f.getCancelledOrders()))
                    .toList();
            chart = FiguresChart.of(rows.stream().map(r -> new FiguresChart.Bar(r.year() + " Q" + r.quarter(), r.target(), r.actual()))
                    .toList(), Text.of("figures.target"), Text.of("figures.actual"));
            quarters = new ArrayList<>(rows);
            Collections.reverse(quarters); // the table: newest first
        }
        if (editable && entry.isEmpty()) {
            entryYear = thisYear();
            fillEntry();
        }
    }

    /** The entry form shows what is stored for the chosen year. */
    public void fillEntry() {
        List<QuarterInput> inputs = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            QuarterInput input = new QuarterInput(q);
            quarters.stream().filter(r -> r.year() == entryYear && r.quarter() == input.getQuarter()).findFirst().ifPresent(r -> {
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
            // Through TaskFailures: two saves of the same year at once lose the race with a message, not an error page.
            if (failures.attempt(() -> changed[0] = accountFigures.enter(me.actor(), customerId(), entryYear, entry.stream()
                    .map(i -> new AccountFigures.Quarter(i.getQuarter(), i.getTarget(), i.getActual())).toList()), null)) {
                Messages.addFlashGlobalInfo(Text.of("figures.saved", entryYear, changed[0]));
                return reload();
            }
        } catch (FiguresRefused refused) {
            RefusalMessages.sayBeside("figures", refused);
        }
        return null;
    }

    /** What the tier rules suggest from these figures (shown under the customer's name). */
    public TierRules.Suggestion getSuggestion() {
        return suggestion;
    }

    public String growth(Double growth) {
        return growth == null ? "—" : String.format(me.getLocale(), "%+.0f %%", growth);
    }

    public String percent(Double share) {
        return share == null ? "—" : Math.round(share * 100) + " %";
    }

    private int thisYear() {
        return LocalDate.now(calendar.zone()).getYear();
    }

    public List<Integer> getEntryYears() {
        int thisYear = thisYear();
        return List.of(thisYear + 1, thisYear, thisYear - 1, thisYear - 2);
    }

    /** May this person see the account's figures? */
    public boolean isVisible() {
        return visible;
    }

    /** May this person type them in (the account manager)? */
    public boolean isEditable() {
        return editable;
    }

    public List<SalesFigures.Year> getYears() {
        return years;
    }

    public List<QuarterRow> getQuarters() {
        return quarters;
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
}

package accord.keyaccount.boundary;

import accord.customer.boundary.CustomerCard;
import accord.customer.entity.Customer;
import accord.customer.entity.Tier;
import accord.keyaccount.control.Dossier;
import accord.keyaccount.control.FigureAccess;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.platform.control.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The customer's tier: its history, and the sales director's change outside a review. */
@Named
@ViewScoped
public class TierCard extends CustomerCard {

    private static final long serialVersionUID = 1L;

    // A review's tier change is stored as "KAR-2026-000001: DOWNGRADE (…) · …": the proposal is shown in words.
    private static final Pattern REVIEW_REASON = Pattern.compile("^(KAR-\\d{4}-\\d{6}): (KEEP|UPGRADE|DOWNGRADE|LOST)\\b");

    public record Change(Date at, String by, Tier from, Tier to, String reason) implements Serializable {
    }

    @Inject
    Dossier dossiers;

    @Inject
    Directory directory;

    @Inject
    AccountFigures accountFigures;

    private String customerName;
    private List<Change> changes = List.of();
    private boolean retierable;
    private Tier newTier;
    private String reason;

    @Override
    protected void read(Customer customer, Actor actor) {
        customerName = customer.name();
        retierable = FigureAccess.mayRetier(actor);
        changes = dossiers.tierChangesOf(customer.id()).stream()
                .map(t -> new Change(Date.from(t.getChangedAt()), directory.displayName(t.getChangedBy()), t.getFrom(), t.getTo(),
                        readable(t.getReason()))).toList();
    }

    public String retier() {
        return change("retier", () -> {
            accountFigures.retier(me.actor(), customerId(), newTier, reason);
            return Text.of("figures.retiered", customerName, Text.of("tier." + newTier.name()));
        });
    }

    static String readable(String reason) {
        Matcher m = reason == null ? null : REVIEW_REASON.matcher(reason);
        if (m == null || !m.find()) {
            return reason;
        }
        return Text.of("figures.tierHistory.byReview", m.group(1), Text.of("review.proposal." + m.group(2)))
                + reason.substring(m.end());
    }



    public List<Change> getChanges() {
        return changes;
    }

    /** May this person change the tier outside a review (the sales director)? */
    public boolean isRetierable() {
        return retierable;
    }

    public Tier[] getTiers() {
        return Tier.values();
    }

    public Tier getNewTier() {
        return newTier;
    }

    public void setNewTier(Tier newTier) {
        this.newTier = newTier;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

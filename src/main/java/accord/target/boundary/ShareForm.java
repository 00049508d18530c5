package accord.target.boundary;

import accord.target.control.Breakdown;
import accord.target.control.TargetAccess;
import accord.target.entity.SalesTarget;
import accord.target.entity.TargetMeasure;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The sales director splits an additive company target into the sales managers' shares, and sees whether they add up. */
@Named
@ViewScoped
public class ShareForm extends TargetForm {

    private static final long serialVersionUID = 1L;

    /** A manager's share as the form shows it. */
    public record Share(String login, String name, TargetInput input) implements java.io.Serializable {
    }

    private List<Share> shares;
    private java.math.BigDecimal whole;
    private String reasonOnFile;

    public boolean isShown() {
        return TargetAccess.setsCompanyTargets(me.actor());
    }

    public TargetMeasure getMeasure() {
        return sharesMeasure();
    }

    public List<Share> getShares() {
        if (shares == null) {
            Map<Targets.Slot, SalesTarget> stored = targets.ofYear(getYear());
            Targets.Slot company = new Targets.Slot(getMeasure(), SalesTarget.COMPANY, SalesTarget.WHOLE_YEAR);
            whole = amount(stored, company);
            reasonOnFile = stored.get(company) == null ? null : stored.get(company).breakdownReason();
            shares = targets.managers().stream().map(m -> {
                Targets.Slot slot = new Targets.Slot(getMeasure(), m.login(), SalesTarget.WHOLE_YEAR);
                return new Share(m.login(), m.displayName(), new TargetInput(slot, amount(stored, slot)));
            }).toList();
        }
        return shares;
    }

    /** The shares as typed against the company's target. */
    public Breakdown getBreakdown() {
        getShares();
        return Breakdown.of(whole, getShares().stream().map(s -> s.input().getValue()).toList());
    }

    /** Why the shares leave more than the tolerance unassigned, as last saved. */
    public String getReasonOnFile() {
        getShares();
        return reasonOnFile;
    }

    public String save() {
        return save("shares", () -> {
            List<Targets.Entry> entries = new ArrayList<>();
            for (int i = 0; i < getShares().size(); i++) {
                entries.add(shares.get(i).input().entry("rows:" + i + ":value"));
            }
            return targets.setShares(me.actor(), getYear(), getMeasure(), entries, getReason());
        });
    }
}

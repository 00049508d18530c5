package accord.target.boundary;

import accord.target.control.TargetAccess;
import accord.target.entity.SalesTarget;
import accord.target.entity.TargetMeasure;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The company's targets for the year: set by the sales director, read by the sales managers. */
@Named
@ViewScoped
public class CompanyTargetsForm extends TargetForm {

    private static final long serialVersionUID = 1L;

    private List<TargetInput> inputs;

    public boolean isEditable() {
        return TargetAccess.setsCompanyTargets(me.actor());
    }

    public boolean isShown() {
        return isEditable() || TargetAccess.breaksDownForTeam(me.actor());
    }

    public List<TargetInput> getInputs() {
        if (inputs == null) {
            Map<Targets.Slot, SalesTarget> stored = targets.ofYear(getYear());
            inputs = Arrays.stream(TargetMeasure.values()).map(measure -> new Targets.Slot(measure, SalesTarget.COMPANY,
                    SalesTarget.WHOLE_YEAR)).map(slot -> new TargetInput(slot, amount(stored, slot))).toList();
        }
        return inputs;
    }

    public String save() {
        return save("company", () -> {
            List<Targets.Entry> entries = new ArrayList<>();
            for (int i = 0; i < getInputs().size(); i++) {
                entries.add(inputs.get(i).entry("rows:" + i + ":value"));
            }
            return targets.setCompany(me.actor(), getYear(), entries, getReason());
        });
    }
}

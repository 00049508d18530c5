package accord.rules.boundary;

import accord.rules.control.RuleVersions;
import accord.security.boundary.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The business rules the person may edit ({@code rules/index.xhtml}), and whether the menu offers them. */
@Named
@RequestScoped
public class RulesPage {

    /** A table: its key, name and the version that decides now. */
    public record Line(String key, String name, int version) {
    }

    @Inject
    CurrentPerson me;

    @Inject
    RuleEditing editing;

    @Inject
    RuleVersions versions;

    private List<Line> lines;

    public List<Line> getLines() {
        if (lines == null) {
            lines = editing.editable(me.actor()).stream().map(t -> {
                var deciding = versions.deciding(t.decisionKey());
                String name = accord.platform.control.Text.has("decision." + t.decisionKey())
                        ? accord.platform.control.Text.of("decision." + t.decisionKey()) : deciding.getName();
                return new Line(t.decisionKey(), name, deciding.getVersion());
            }).toList();
        }
        return lines;
    }

    /** For the menu: without evaluating the tables. */
    public boolean isOffered() {
        return me.isSignedIn() && !editing.editable(me.actor()).isEmpty();
    }
}

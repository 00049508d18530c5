package accord.operations.boundary;

import accord.operations.control.OperationsRefused;
import accord.operations.control.VersionMigration;
import accord.operations.control.WorkflowVersions;
import accord.operations.control.WorkflowVersions.Version;
import accord.platform.control.Refused;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * One workflow version ({@code admin/version.xhtml?id=…}): its diagram with where its cases wait;
 * for an older version with running cases, moving them to the newest: a step the newest lacks is
 * mapped to one it has, every case is checked, then those that can move are moved, with a report.
 */
@Named
@ViewScoped
public class VersionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    @Param(name = "id")
    String id;

    @Inject
    WorkflowVersions versions;

    @Inject
    VersionMigration migration;

    private Version version;
    private VersionMigration.Plan plan;
    private final Map<String, String> mappings = new LinkedHashMap<>();
    private VersionMigration.Check check;
    private VersionMigration.Report report;
    private int movedTo;

    public void load() {
        if (Faces.isPostback()) {
            return;
        }
        version = id == null ? null : versions.process(me.actor(), id).orElse(null);
        if (version == null) {
            Messages.addGlobalError(Text.of("versions.refused.unknown"));
            return;
        }
        if (!version.latest() && version.running() > 0) {
            plan = migration.plan(me.actor(), id);
            plan.gone().forEach(step -> mappings.put(step.id(), null));
        }
    }

    /** Checks every case with the steps mapped so far; the move is offered once some can move. */
    public void check() {
        report = null;
        try {
            check = migration.check(me.actor(), id, chosenMappings());
        } catch (Refused refused) {
            Messages.addGlobalError(Text.of(refused.messageKey(), refused.arguments()));
        }
    }

    public void migrate() {
        try {
            movedTo = plan.to().version();
            report = migration.migrate(me.actor(), id, chosenMappings());
            check = null;
            version = versions.process(me.actor(), id).orElse(version);
            plan = version.running() > 0 ? migration.plan(me.actor(), id) : null;
        } catch (OperationsRefused refused) {
            Messages.addGlobalError(Text.of(refused.messageKey(), refused.arguments()));
        }
    }

    private Map<String, String> chosenMappings() {
        Map<String, String> chosen = new LinkedHashMap<>();
        mappings.forEach((from, to) -> {
            if (to != null && !to.isBlank()) {
                chosen.put(from, to);
            }
        });
        return chosen;
    }

    public String time(java.time.Instant at) {
        return at == null ? "" : me.dateTime(at);
    }

    public String getId() { return id; }
    public Version getVersion() { return version; }
    public VersionMigration.Plan getPlan() { return plan; }
    public Map<String, String> getMappings() { return mappings; }
    public VersionMigration.Check getCheck() { return check; }
    public VersionMigration.Report getReport() { return report; }
    public int getMovedTo() { return movedTo; }
}

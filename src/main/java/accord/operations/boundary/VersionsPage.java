package accord.operations.boundary;

import accord.operations.control.WorkflowVersions;
import accord.operations.control.WorkflowVersions.Kind;
import accord.operations.control.WorkflowVersions.Version;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Every deployed version of every workflow and decision table ({@code admin/versions.xhtml}), for ADMIN. */
@Named
@ViewScoped
public class VersionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    WorkflowVersions versions;

    private List<Version> processes = List.of();
    private List<Version> decisions = List.of();

    public void load() {
        List<Version> all = versions.all(me.actor());
        processes = all.stream().filter(v -> v.kind() == Kind.PROCESS).toList();
        decisions = all.stream().filter(v -> v.kind() == Kind.DECISION).toList();
    }

    public String time(java.time.Instant at) {
        return at == null ? "" : me.dateTime(at);
    }

    public List<Version> getProcesses() { return processes; }
    public List<Version> getDecisions() { return decisions; }
}

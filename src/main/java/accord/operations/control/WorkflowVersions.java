package accord.operations.control;

import accord.casefile.control.StepNames;
import accord.organisation.control.Actor;
import accord.platform.control.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.dmn.api.DmnDecision;
import org.flowable.dmn.api.DmnRepositoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;

/**
 * Every deployed version of every workflow and decision table, newest first within each: when it
 * was deployed, from which file, and (for a workflow) how many running cases it has, counted in one
 * query. A changed file in {@code workflows/} becomes a new version at start-up; cases keep the
 * version they started on until they are moved ({@link VersionMigration}).
 */
@ApplicationScoped
public class WorkflowVersions {

    /** A workflow (process) or a decision table. */
    public enum Kind { PROCESS, DECISION }

    public record Version(Kind kind, String id, String key, String name, int version, Instant deployed, String file,
            long running, boolean latest) implements Serializable {
    }

    @Inject
    RepositoryService repository;

    @Inject
    DmnRepositoryService decisions;

    @Inject
    org.flowable.engine.RuntimeService runtime;

    @PersistenceContext
    EntityManager em;

    public List<Version> all(Actor admin) {
        List<Version> versions = new ArrayList<>(processes(admin));
        Map<String, Instant> decisionDeployed = new HashMap<>();
        decisions.createDeploymentQuery().list().forEach(d -> decisionDeployed.put(d.getId(), instant(d.getDeploymentTime())));
        List<DmnDecision> tables = decisions.createDecisionQuery().list();
        Map<String, Integer> latestDecision = new HashMap<>();
        tables.forEach(d -> latestDecision.merge(d.getKey(), d.getVersion(), Math::max));
        for (DmnDecision d : tables) {
            versions.add(new Version(Kind.DECISION, d.getId(), d.getKey(), decisionName(d), d.getVersion(),
                    decisionDeployed.get(d.getDeploymentId()), d.getResourceName(), 0, d.getVersion() == latestDecision.get(d.getKey())));
        }
        versions.sort(Comparator.comparing(Version::kind).thenComparing(Version::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Version::key).thenComparing(Comparator.comparingInt(Version::version).reversed()));
        return versions;
    }

    /** Every version of every workflow (no decision tables). */
    public List<Version> processes(Actor admin) {
        OperationsRefused.unlessAdmin(admin);
        Map<String, Long> running = runningByDefinition();
        Map<String, Instant> deployed = new HashMap<>();
        repository.createDeploymentQuery().list().forEach(d -> deployed.put(d.getId(), instant(d.getDeploymentTime())));
        Map<String, Integer> latestProcess = new HashMap<>();
        List<ProcessDefinition> processes = repository.createProcessDefinitionQuery().list();
        processes.forEach(p -> latestProcess.merge(p.getKey(), p.getVersion(), Math::max));
        List<Version> versions = new ArrayList<>();
        for (ProcessDefinition p : processes) {
            versions.add(new Version(Kind.PROCESS, p.getId(), p.getKey(), StepNames.process(p.getKey(), p.getName()), p.getVersion(),
                    deployed.get(p.getDeploymentId()), p.getResourceName(), running.getOrDefault(p.getId(), 0L),
                    p.getVersion() == latestProcess.get(p.getKey())));
        }
        return versions;
    }

    /** One workflow version by its definition id. */
    public Optional<Version> process(Actor admin, String definitionId) {
        return processes(admin).stream().filter(v -> v.id().equals(definitionId)).findFirst();
    }

    /** Where the running cases of a workflow version wait: step id → how many. */
    public Map<String, Long> waitingAt(Actor admin, String definitionId) {
        OperationsRefused.unlessAdmin(admin);
        return new java.util.TreeMap<>(runtime.createExecutionQuery().processDefinitionId(definitionId).list().stream()
                .map(org.flowable.engine.runtime.Execution::getActivityId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.groupingBy(id -> id, java.util.stream.Collectors.counting())));
    }

    private Map<String, Long> runningByDefinition() {
        Map<String, Long> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select PROC_DEF_ID_, count(*) from ACT_RU_EXECUTION"
                + " where PARENT_ID_ is null and PROC_DEF_ID_ is not null group by PROC_DEF_ID_").getResultList();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private static String decisionName(DmnDecision decision) {
        String key = "decision." + decision.getKey();
        return Text.has(key) ? Text.of(key) : decision.getName();
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}

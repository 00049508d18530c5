package accord.operations.control;

import accord.casefile.control.StepNames;
import accord.operations.control.WorkflowVersions.Version;
import accord.organisation.control.Actor;
import accord.platform.control.AuditTrail;
import accord.platform.control.AuditWording;
import accord.platform.control.LogText;
import accord.platform.control.Text;
import accord.platform.entity.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.IntermediateCatchEvent;
import org.flowable.bpmn.model.ReceiveTask;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.migration.ProcessInstanceMigrationValidationResult;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;

/**
 * Moves the running cases of an old version of a workflow to its newest version (ADMIN), the way
 * operations does it safely: first the plan (where its cases wait; which of those steps the new
 * version no longer has, for ADMIN to map to one it has), then the check of every case (which cannot
 * move and why: a step neither kept nor mapped, or the engine's own reason), then the move of those
 * that can, in chunks ({@link MigrationChunk}), with a report and an audit line.
 */
@ApplicationScoped
public class VersionMigration {

    private static final Logger LOG = Logger.getLogger(VersionMigration.class.getName());

    /** Cases moved per transaction. */
    static final int CHUNK = 50;

    /** A step of a version and how many running cases wait there. */
    public record Step(String id, String name, long cases) implements Serializable {
    }

    public record Plan(Version from, Version to, List<Step> waiting, List<Step> gone, List<Step> targets) implements Serializable {
    }

    /** A case that cannot move (or did not), and why, in the reader's words. */
    public record Blocked(String caseId, String number, String why) implements Serializable {
    }

    public record Check(int movable, List<Blocked> blocked) implements Serializable {
    }

    public record Report(int moved, List<Blocked> notMoved) implements Serializable {
    }

    @Inject
    WorkflowVersions versions;

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    @Inject
    MigrationChunk chunks;

    @Inject
    AuditTrail audit;

    public Plan plan(Actor admin, String fromId) {
        List<Version> all = versions.processes(admin);
        Version from = all.stream().filter(v -> v.id().equals(fromId)).findFirst()
                .orElseThrow(() -> new OperationsRefused(null, "versions.refused.unknown"));
        Version to = all.stream().filter(v -> v.key().equals(from.key()) && v.latest()).findFirst().orElseThrow();
        if (to.id().equals(from.id())) {
            throw new OperationsRefused(null, "versions.refused.latest");
        }
        BpmnModel source = repository.getBpmnModel(from.id());
        BpmnModel target = repository.getBpmnModel(to.id());
        // A boundary event waits beside its task and moves with it: not a step of its own.
        List<Step> waiting = versions.waitingAt(admin, from.id()).entrySet().stream()
                .filter(e -> !(source.getFlowElement(e.getKey()) instanceof org.flowable.bpmn.model.BoundaryEvent))
                .map(e -> step(from.id(), source, e.getKey(), e.getValue())).toList();
        List<Step> gone = waiting.stream().filter(s -> target.getFlowElement(s.id()) == null).toList();
        List<Step> targets = target.getMainProcess().findFlowElementsOfType(FlowNode.class, true).stream()
                .filter(n -> n instanceof UserTask || n instanceof ReceiveTask || n instanceof IntermediateCatchEvent)
                .map(n -> step(to.id(), target, n.getId(), 0)).sorted(Comparator.comparing(Step::name)).toList();
        return new Plan(from, to, waiting, gone, targets);
    }

    /** Which running cases of the old version can move with these mappings (old step → new step), and why not. */
    public Check check(Actor admin, String fromId, Map<String, String> mappings) {
        Plan plan = plan(admin, fromId);
        refuseUnknownTargets(plan, mappings);
        int movable = 0;
        List<Blocked> blocked = new ArrayList<>();
        for (ProcessInstance running : running(plan)) {
            String why = problem(plan, running, mappings);
            if (why == null) {
                movable++;
            } else {
                blocked.add(new Blocked(running.getId(), running.getBusinessKey(), why));
            }
        }
        return new Check(movable, blocked);
    }

    /** Moves every case that can move, a chunk per transaction; the report says which did not and why. */
    public Report migrate(Actor admin, String fromId, Map<String, String> mappings) {
        Plan plan = plan(admin, fromId);
        refuseUnknownTargets(plan, mappings);
        List<Blocked> notMoved = new ArrayList<>();
        List<String> movable = new ArrayList<>();
        Map<String, String> numbers = new java.util.HashMap<>();
        for (ProcessInstance running : running(plan)) {
            String why = problem(plan, running, mappings);
            numbers.put(running.getId(), running.getBusinessKey());
            if (why == null) {
                movable.add(running.getId());
            } else {
                notMoved.add(new Blocked(running.getId(), running.getBusinessKey(), why));
            }
        }
        int moved = 0;
        for (int first = 0; first < movable.size(); first += CHUNK) {
            List<String> chunk = movable.subList(first, Math.min(first + CHUNK, movable.size()));
            try {
                chunks.migrate(chunk, plan.to().id(), mappings);
                moved += chunk.size();
            } catch (RuntimeException chunkFailed) {
                // One case's trouble: the others of the chunk move one by one.
                for (String id : chunk) {
                    try {
                        chunks.migrate(List.of(id), plan.to().id(), mappings);
                        moved++;
                    } catch (RuntimeException failed) {
                        notMoved.add(new Blocked(id, numbers.get(id), Text.of("versions.problem.failed", rootMessage(failed))));
                    }
                }
            }
        }
        String detail = moved + " moved, " + notMoved.size() + " not" + (mappings.isEmpty() ? "" : "; steps mapped " + mappings);
        audit.recordAs(admin.login(), AuditAction.CASES_MIGRATED,
                plan.from().key() + " v" + plan.from().version() + " → v" + plan.to().version(),
                AuditWording.of("audit.said.migrated", moved, notMoved.size(), mappings.isEmpty() ? "-" : mappings).stored());
        int total = moved;
        LOG.info(() -> admin.login() + " moved " + total + " cases of " + plan.from().id() + " to " + plan.to().id() + ": " + LogText.of(detail));
        return new Report(moved, notMoved);
    }

    private List<ProcessInstance> running(Plan plan) {
        return runtime.createProcessInstanceQuery().processDefinitionId(plan.from().id()).orderByProcessInstanceId().asc().list();
    }

    /** Why this case cannot move, or null: first a step it waits at that the new version lacks, then the engine's check. */
    private String problem(Plan plan, ProcessInstance running, Map<String, String> mappings) {
        for (Execution execution : runtime.createExecutionQuery().processInstanceId(running.getId()).list()) {
            String at = execution.getActivityId();
            boolean gone = at != null && plan.gone().stream().anyMatch(s -> s.id().equals(at));
            if (gone && !mappings.containsKey(at)) {
                return Text.of("versions.problem.stepGone", plan.gone().stream().filter(s -> s.id().equals(at)).findFirst()
                        .map(Step::name).orElse(at));
            }
        }
        ProcessInstanceMigrationValidationResult result = chunks.builder(plan.to().id(), mappings).validateMigration(running.getId());
        return result.isMigrationValid() ? null : Text.of("versions.problem.engine", String.join("; ", result.getValidationMessages()));
    }

    private static void refuseUnknownTargets(Plan plan, Map<String, String> mappings) {
        for (Map.Entry<String, String> mapping : mappings.entrySet()) {
            if (plan.targets().stream().noneMatch(t -> t.id().equals(mapping.getValue()))) {
                throw new OperationsRefused(null, "versions.refused.mapping", mapping.getKey());
            }
        }
    }

    private static Step step(String definitionId, BpmnModel model, String id, long cases) {
        var element = model.getFlowElement(id);
        return new Step(id, StepNames.step(definitionId, id, element == null || element.getName() == null ? id : element.getName()), cases);
    }

    private static String rootMessage(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}

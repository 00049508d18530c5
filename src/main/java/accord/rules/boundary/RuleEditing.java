package accord.rules.boundary;

import accord.organisation.control.Actor;
import accord.platform.control.AuditTrail;
import accord.platform.control.AuditWording;
import accord.platform.control.LogText;
import accord.platform.control.Text;
import accord.platform.entity.AuditAction;
import accord.rules.control.DraftEvaluation;
import accord.rules.control.OwnedTable;
import accord.rules.control.Results;
import accord.rules.control.RuleRefused;
import accord.rules.control.RuleTable;
import accord.rules.control.RuleTables;
import accord.rules.control.RuleVersions;
import accord.rules.control.TableCheck;
import accord.rules.entity.RuleEdit;
import accord.workflow.control.WorkflowDeployer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.StreamSupport;
import org.flowable.dmn.api.DmnDecision;
import org.flowable.dmn.model.DmnDefinition;
import org.flowable.engine.RepositoryService;

/**
 * Editing a decision table, each step checked for the person on the server: open the version that
 * decides now, check a draft (cells, gaps, overlaps), show it on samples and replay it on the last
 * 90 days of real cases, then save it as a new version (only over the version it was edited from),
 * or restore an earlier version or the file's; a version, its edit record and its audit line commit
 * together. A new version decides every evaluation from its commit on, on every node.
 */
@ApplicationScoped
public class RuleEditing {

    private static final Logger LOG = Logger.getLogger(RuleEditing.class.getName());

    /** How far back a draft is replayed. */
    public static final Duration REPLAY = Duration.ofDays(90);

    /** A sample's inputs, and what the running table and the draft decide for them. */
    public record Sample(String inputs, String running, String draft, boolean differs) implements Serializable {
    }

    @Inject
    @Any
    Instance<OwnedTable> tables;

    @Inject
    RuleVersions versions;

    @Inject
    DraftEvaluation evaluation;

    @Inject
    RepositoryService repository;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** The tables this person may edit (all for ADMIN). */
    public List<OwnedTable> editable(Actor actor) {
        return StreamSupport.stream(tables.spliterator(), false).filter(t -> t.mayEdit(actor)).toList();
    }

    public OwnedTable table(Actor actor, String key) {
        return editable(actor).stream().filter(t -> t.decisionKey().equals(key)).findFirst()
                .orElseThrow(() -> new RuleRefused(null, "rules.refused.notYours"));
    }

    /** The version that decides now, as rows to edit. */
    public RuleTable deciding(Actor actor, String key) {
        table(actor, key);
        return localized(RuleTables.read(RuleTables.parse(versions.dmn(versions.deciding(key).getId()))));
    }

    /** A table read from its DMN, named in the reader's language: {@code decision.<key>}, {@code rules.column.<key>.<column id>}. */
    public static RuleTable localized(RuleTable table) {
        String name = Text.has("decision." + table.getKey()) ? Text.of("decision." + table.getKey()) : table.getName();
        return table.named(name, column -> {
            String key = "rules.column." + table.getKey() + "." + column.id();
            return Text.has(key) ? Text.of(key) : column.label();
        });
    }

    /** Each coded column's values and their words ("Severity: HIGH = high, …"), for the editor's legend. */
    public List<String> legend(Actor actor, String key, RuleTable table) {
        OwnedTable owned = table(actor, key);
        TableCheck.Domains domains = owned.domains();
        List<String> lines = new java.util.ArrayList<>();
        java.util.stream.Stream.concat(table.getInputs().stream().map(c -> java.util.Map.entry(c, domains.texts())),
                table.getOutputs().stream().map(c -> java.util.Map.entry(c, domains.codes()))).forEach(entry -> {
                    List<String> codes = entry.getValue().get(entry.getKey().expression());
                    if (codes != null && lines.stream().noneMatch(l -> l.startsWith(entry.getKey().label() + ":"))) {
                        lines.add(entry.getKey().label() + ": " + codes.stream().map(code -> {
                            String words = owned.valueLabel(entry.getKey().expression(), code);
                            return "\"" + code + "\"" + (words == null ? "" : " = " + words);
                        }).collect(java.util.stream.Collectors.joining(", ")));
                    }
                });
        return lines;
    }

    public List<TableCheck.Problem> check(Actor actor, String key, RuleTable draft) {
        return TableCheck.check(draft, table(actor, key).domains());
    }

    public List<Sample> samples(Actor actor, String key, RuleTable draft) {
        OwnedTable owned = table(actor, key);
        OwnedTable.Evaluator running = runningEvaluator(key);
        OwnedTable.Evaluator edited = evaluation.of(definition(key, draft));
        String none = Text.of("rules.sample.none");
        return owned.samples().stream().map(inputs -> {
            String before = Results.text(running.evaluate(inputs), draft, none);
            String after = Results.text(edited.evaluate(inputs), draft, none);
            return new Sample(Results.inputs(inputs, draft), before, after, !before.equals(after));
        }).toList();
    }

    public OwnedTable.Replay replay(Actor actor, String key, RuleTable draft) {
        OwnedTable owned = table(actor, key);
        return owned.replay(runningEvaluator(key), evaluation.of(definition(key, draft)), Instant.now(clock).minus(REPLAY));
    }

    /** Saves the draft as the table's new version; refused if it has problems or another version was saved meanwhile. */
    @Transactional
    public int save(Actor actor, String key, int editedFrom, RuleTable draft, String reason) {
        OwnedTable owned = table(actor, key);
        String why = reason(reason);
        if (!TableCheck.check(draft, owned.domains()).isEmpty()) {
            throw new RuleRefused(null, "rules.refused.problems");
        }
        int deciding = versions.deciding(key).getVersion();
        if (deciding != editedFrom) {
            throw new RuleRefused(null, "rules.refused.meanwhile", deciding);
        }
        return deploy(actor, owned, RuleTables.xml(definition(key, draft)), why, null, AuditAction.RULE_EDITED);
    }

    /** A version read back (or, with {@code null}, the file's) deployed again as the newest. */
    @Transactional
    public int restore(Actor actor, String key, String decisionId, String reason) {
        OwnedTable owned = table(actor, key);
        String why = reason(reason);
        if (decisionId == null) {
            return deploy(actor, owned, versions.file(owned.file()), why, 0, AuditAction.RULE_RESTORED);
        }
        int restored = versions.of(key).stream().filter(v -> v.decisionId().equals(decisionId)).findFirst()
                .orElseThrow(() -> new RuleRefused(null, "rules.refused.noVersion")).version();
        return deploy(actor, owned, versions.dmn(decisionId), why, restored, AuditAction.RULE_RESTORED);
    }

    private int deploy(Actor actor, OwnedTable owned, byte[] dmn, String why, Integer restored, AuditAction action) {
        repository.createDeployment().name(WorkflowDeployer.portalName(owned.file())).addBytes(owned.file(), dmn).deploy();
        DmnDecision now = versions.deciding(owned.decisionKey());
        em.persist(new RuleEdit(owned.decisionKey(), now.getId(), now.getVersion(), actor.login(), Instant.now(clock), why, restored));
        String detail = "v" + now.getVersion() + (restored == null ? "" : restored == 0 ? " = the file's" : " = v" + restored) + ": " + why;
        AuditWording said = restored == null ? AuditWording.of("audit.said.ruleVersion", now.getVersion(), why)
                : restored == 0 ? AuditWording.of("audit.said.ruleFromFile", now.getVersion(), why)
                : AuditWording.of("audit.said.ruleRestored", now.getVersion(), restored, why);
        audit.recordAs(actor.login(), action, owned.decisionKey(), said.stored());
        LOG.info(() -> actor.login() + " " + action + " " + owned.decisionKey() + " " + LogText.of(detail));
        return now.getVersion();
    }

    private OwnedTable.Evaluator runningEvaluator(String key) {
        return evaluation.of(RuleTables.parse(versions.dmn(versions.deciding(key).getId())));
    }

    private DmnDefinition definition(String key, RuleTable draft) {
        return RuleTables.write(RuleTables.parse(versions.dmn(versions.deciding(key).getId())), draft);
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleRefused("reason", "rules.refused.reason");
        }
        if (reason.strip().length() > 500) {
            throw new RuleRefused("reason", "jobs.refused.reasonLength", 500);
        }
        return reason.strip();
    }

}

package accord.rules.control;

import accord.rules.entity.RuleEdit;
import accord.workflow.control.WorkflowDeployer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.dmn.api.DmnDecision;
import org.flowable.dmn.api.DmnRepositoryService;
import org.flowable.engine.RepositoryService;

/**
 * A decision table's versions, newest first: deployed from its file or from the portal (by whom,
 * when, why), the one that decides now, and each version's DMN to read or restore.
 */
@ApplicationScoped
public class RuleVersions {

    public record Version(String decisionId, int version, Instant deployed, boolean fromPortal, String editedBy, String reason,
            Integer restored, boolean deciding) implements Serializable {
    }

    @Inject
    DmnRepositoryService decisions;

    @Inject
    RepositoryService repository;

    @PersistenceContext
    EntityManager em;

    public List<Version> of(String key) {
        List<DmnDecision> all = decisions.createDecisionQuery().decisionKey(key).orderByDecisionVersion().desc().list();
        Map<String, RuleEdit> edits = new HashMap<>();
        em.createQuery("select e from RuleEdit e where e.decisionKey = :key", RuleEdit.class).setParameter("key", key).getResultList()
                .forEach(e -> edits.put(e.getDecisionId(), e));
        int newest = all.isEmpty() ? 0 : all.get(0).getVersion();
        return all.stream().map(d -> {
            var deployment = decisions.createDeploymentQuery().deploymentId(d.getDeploymentId()).singleResult();
            RuleEdit edit = edits.get(d.getId());
            return new Version(d.getId(), d.getVersion(), deployment == null ? null : deployment.getDeploymentTime().toInstant(),
                    edit != null, edit == null ? null : edit.getEditedBy(), edit == null ? null : edit.getReason(),
                    edit == null ? null : edit.getRestoredVersion(), d.getVersion() == newest);
        }).toList();
    }

    /** The version that decides now. */
    public DmnDecision deciding(String key) {
        return decisions.createDecisionQuery().decisionKey(key).latestVersion().singleResult();
    }

    public byte[] dmn(String decisionId) {
        try (InputStream in = decisions.getDmnResource(decisionId)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's content in {@code workflows/} on the class path, when it differs from what it was at its last deployment. */
    public java.util.Optional<byte[]> changedFile(String file) {
        try (InputStream in = RuleVersions.class.getClassLoader().getResourceAsStream("workflows/" + file)) {
            byte[] now = in == null ? new byte[0] : in.readAllBytes();
            return now.length > 0 && !java.util.Arrays.equals(now, WorkflowDeployer.lastDeployed(repository, file))
                    ? java.util.Optional.of(now) : java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's content as shipped (for adopting it over a portal edit). */
    public byte[] file(String file) {
        try (InputStream in = RuleVersions.class.getClassLoader().getResourceAsStream("workflows/" + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

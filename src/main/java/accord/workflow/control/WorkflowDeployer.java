package accord.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;

/**
 * Deploys each file of {@code classpath:workflows/} as its own deployment named after the file.
 * Flowable's duplicate filtering compares it with the last deployment of that name, so an
 * unchanged file is not deployed again and a changed one becomes a new version of its process
 * or decision (running instances keep the version they started on).
 *
 * <p>A decision table its owner edited in the portal is deployed under {@link #portalName(String)}.
 * Such an edit wins over the file: while the newest deployment of the table is the portal's, a
 * changed file is not deployed (the log says so, and the table's page offers the file's version
 * to its owner, who adopts it as an edit). Without edits, or after the file's version was adopted
 * and the file changes again later, the file is deployed as before.
 */
@ApplicationScoped
public class WorkflowDeployer {

    static final String FOLDER = "workflows";
    private static final String PORTAL = "#portal";
    private static final Logger LOG = Logger.getLogger(WorkflowDeployer.class.getName());

    // One transaction for all files: a start-up that fails half-way deploys nothing.
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deployAll(RepositoryService repository) {
        for (String file : workflowFiles()) {
            deploy(repository, file);
        }
    }

    public Deployment deploy(RepositoryService repository, String file) {
        String resource = FOLDER + "/" + file;
        try (InputStream content = classLoader().getResourceAsStream(resource)) {
            if (content == null) {
                throw new IllegalArgumentException("No workflow file " + resource);
            }
            return deploy(repository, file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The deployment name of a table's versions edited in the portal. */
    public static String portalName(String file) {
        return file + PORTAL;
    }

    /**
     * Deploys one file under its own name, unless the last deployment of that name has the same
     * content, or (a decision table) an edit in the portal is newer than it: then nothing, and null.
     */
    public Deployment deploy(RepositoryService repository, String file, InputStream content) {
        Deployment edited = newest(repository, portalName(file));
        Deployment fromFile = newest(repository, file);
        if (edited != null && (fromFile == null || !edited.getDeploymentTime().before(fromFile.getDeploymentTime()))) {
            byte[] bytes = readAll(content);
            boolean changed = fromFile == null || !java.util.Arrays.equals(bytes, resource(repository, fromFile, file));
            if (changed) {
                LOG.warning(() -> "Workflow " + file + " changed, but its table was edited in the portal (deployment " + edited.getId()
                        + "): the portal's version stays; its owner can adopt the file's version on the table's page");
            }
            return null;
        }
        Deployment deployment = repository.createDeployment()
                .name(file)
                .key(file)
                .addInputStream(file, content)
                .enableDuplicateFiltering()
                .deploy();
        LOG.info(() -> "Workflow " + file + " is deployment " + deployment.getId());
        return deployment;
    }

    private static byte[] readAll(InputStream content) {
        try {
            return content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content the file had when it was last deployed from workflows/ (empty if never). */
    public static byte[] lastDeployed(RepositoryService repository, String file) {
        Deployment fromFile = newest(repository, file);
        return fromFile == null ? new byte[0] : resource(repository, fromFile, file);
    }

    private static Deployment newest(RepositoryService repository, String name) {
        return repository.createDeploymentQuery().deploymentName(name).orderByDeploymentTime().desc().listPage(0, 1).stream()
                .findFirst().orElse(null);
    }

    private static byte[] resource(RepositoryService repository, Deployment deployment, String file) {
        try (InputStream stored = repository.getResourceAsStream(deployment.getId(), file)) {
            return stored.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** BPMN and DMN files in the workflows folder on the class path, sorted by name. */
    public List<String> workflowFiles() {
        URL folder = classLoader().getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            if ("jar".equals(folder.getProtocol())) {
                try (FileSystem jar = FileSystems.newFileSystem(folder.toURI(), Collections.emptyMap())) {
                    return list(jar.getPath(FOLDER));
                }
            }
            return list(Path.of(folder.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean isWorkflowFile(String name) {
        return name.endsWith(".bpmn20.xml") || name.endsWith(".bpmn") || name.endsWith(".dmn");
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(WorkflowDeployer::isWorkflowFile)
                    .sorted()
                    .toList();
        }
    }

    private static ClassLoader classLoader() {
        return WorkflowDeployer.class.getClassLoader();
    }
}

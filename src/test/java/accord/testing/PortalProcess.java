package accord.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A portal on Payara Micro in a process of its own, for tests that use it as its users do (over
 * HTTP, in a browser): started with the run's JVM options ({@code payara.cmdOptions}: heap,
 * database), each option passed through a rewrite (its own database folder, say), on a free port
 * on loopback. Its log is {@code target/<name>/payara.log}.
 */
public final class PortalProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(240);

    private final Process process;
    private final URL base;
    private final String name;
    private Duration startup = Duration.ZERO;

    private PortalProcess(Process process, URL base, String name) {
        this.process = process;
        this.base = base;
        this.name = name;
    }

    /** Starts the WAR and returns once its login page answers. */
    public static PortalProcess start(String name, WebArchive war, UnaryOperator<String> option, String... moreOptions) {
        try {
            Path folder = Path.of("target", name);
            Files.createDirectories(folder);
            File file = folder.resolve("accord.war").toFile();
            war.as(ZipExporter.class).exportTo(file, true);
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            Arrays.stream(System.getProperty("payara.cmdOptions", "-Xmx1g").strip().split("\\s+"))
                    .filter(o -> !o.isEmpty()).map(option).forEach(command::add);
            command.addAll(List.of(moreOptions));
            command.addAll(List.of("-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                    "--deploy", file.getAbsolutePath(), "--contextroot", "accord", "--port", String.valueOf(port), "--nocluster",
                    "--postbootcommandfile", "payara/micro-post-boot.asadmin"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("payara.log").toFile()).start();
            PortalProcess portal = new PortalProcess(process, new URL("http", "127.0.0.1", port, "/accord/"), name);
            Instant started = Instant.now();
            portal.awaitReady();
            portal.startup = Duration.between(started, Instant.now());
            return portal;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The portal on loopback, with a trailing slash. */
    public URL base() {
        return base;
    }

    /** What the portal wrote to its log so far. */
    public String log() {
        try {
            return Files.readString(Path.of("target", name, "payara.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal stopped while starting: see target/" + name + "/payara.log");
            }
            try {
                // Any answer from the application (the login page, or the setup page it leads to) means it is up.
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200 || answer.statusCode() == 302) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        close();
        throw new IllegalStateException("The portal did not start within " + STARTUP + ": see target/" + name + "/payara.log");
    }

    /** {@code kill -9}: the process ends at once, mid-request, mid-job, with nothing flushed or closed. */
    public void kill() {
        process.destroyForcibly(); // SIGKILL on Linux
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How long the last start took, from the command to the first answer of the login page. */
    public Duration startup() {
        return startup;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package accord.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The cluster payara/cluster-test started, as the checks see it: the balancer's front door and its
 * runtime API, each Payara Server instance (its own HTTP port, its process to kill), and the shared
 * PostgreSQL database. Everything on loopback.
 */
final class Cluster {

    /** One Payara Server instance of the deployment group. */
    record Instance(String name, URI base, Path pidFile) {

        long pid() {
            try {
                return Long.parseLong(Files.readString(pidFile).strip());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean alive() {
            return ProcessHandle.of(pid()).map(ProcessHandle::isAlive).orElse(false);
        }

        /** As a crash would: no shutdown, no goodbye to the data grid, its job locks left in the database. */
        /** Freezes the instance (SIGSTOP), as a long pause would: it neither answers nor takes jobs until {@link #resume()}. */
        void pause() {
            signal("STOP");
        }

        void resume() {
            signal("CONT");
        }

        private void signal(String signal) {
            try {
                int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(pid())).inheritIO().start().waitFor();
                if (exit != 0) {
                    throw new IllegalStateException("kill -" + signal + " " + name + " exited " + exit);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        void kill() {
            long pid = pid();
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL on Linux
            Cluster.waitFor(Duration.ofSeconds(30), () -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true),
                    name + " still running after kill -9");
        }
    }

    final URI front;
    final List<Instance> instances;
    private final Path balancerSocket;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Cluster(URI front, List<Instance> instances, Path balancerSocket, String dbUrl, String dbUser, String dbPassword) {
        this.front = front;
        this.instances = instances;
        this.balancerSocket = balancerSocket;
        this.dbUrl = dbUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
    }

    /**
     * From the system properties payara/cluster-test sets: accord.cluster.front, .instances
     * ("accord-1=24180 accord-2=24280"), .nodes (the node's folder of the Payara installation),
     * .balancer-socket, .db-url, .db-user, .db-password.
     */
    static Cluster fromSystemProperties() {
        Path nodes = Path.of(required("accord.cluster.nodes"));
        List<Instance> instances = new ArrayList<>();
        for (String entry : required("accord.cluster.instances").trim().split("\\s+")) {
            String name = entry.substring(0, entry.indexOf('='));
            int port = Integer.parseInt(entry.substring(entry.indexOf('=') + 1));
            instances.add(new Instance(name, URI.create("http://127.0.0.1:" + port + "/"), nodes.resolve(name).resolve("config/pid")));
        }
        return new Cluster(URI.create(required("accord.cluster.front")), List.copyOf(instances),
                Path.of(required("accord.cluster.balancer-socket")), required("accord.cluster.db-url"),
                required("accord.cluster.db-user"), required("accord.cluster.db-password"));
    }

    static boolean configured() {
        return System.getProperty("accord.cluster.front") != null;
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run payara/cluster-test");
        }
        return value;
    }

    Instance a() {
        return instances.get(0);
    }

    Instance b() {
        return instances.get(1);
    }

    Connection db() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    /** The balancer sends everything to this instance (the others in maintenance) until {@link #balanceAll}. */
    void only(Instance chosen) {
        for (Instance instance : instances) {
            balancer("set server instances/" + instance.name() + " state " + (instance.equals(chosen) ? "ready" : "maint"));
        }
        waitFor(Duration.ofSeconds(30), () -> servedBy().equals(chosen.name()), "the balancer still sends elsewhere than " + chosen.name());
    }

    /** Every instance back in the balancer's rotation, once its health check passes. */
    void balanceAll() {
        for (Instance instance : instances) {
            balancer("set server instances/" + instance.name() + " state ready");
        }
        for (Instance instance : instances) {
            if (instance.alive()) {
                waitFor(Duration.ofSeconds(60), () -> balancer("show servers state instances").lines()
                        .anyMatch(line -> line.contains(" " + instance.name() + " ") && up(line.split(" "))),
                        instance.name() + " did not come back into the balancer's rotation");
            }
        }
    }

    /** A line of "show servers state": operational state 2 (up) and administrative state 0 (not in maintenance). */
    private static boolean up(String[] columns) {
        return columns.length > 6 && columns[5].equals("2") && columns[6].equals("0");
    }

    /** Which instance answered a request through the front door (the balancer's X-Accord-Instance header). */
    String servedBy() {
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(front.resolve("health/ready")).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.discarding());
            return answer.headers().firstValue("X-Accord-Instance").orElse("");
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** The HTTP status of GET path on this base, 0 when nothing answers. */
    int status(URI base, String path) {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** One command of HAProxy's runtime API over its UNIX socket; its answer. */
    String balancer(String command) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(balancerSocket));
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            StringBuilder answer = new StringBuilder();
            while (channel.read(buffer) > 0) {
                buffer.flip();
                answer.append(StandardCharsets.UTF_8.decode(buffer));
                buffer.clear();
            }
            return answer.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("HAProxy's runtime API at " + balancerSocket, e);
        }
    }

    static void waitFor(Duration patience, BooleanSupplier condition, String failure) {
        Instant end = Instant.now().plus(patience);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError(failure + " (waited " + patience.toSeconds() + " s)");
            }
            sleep(Duration.ofMillis(250));
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

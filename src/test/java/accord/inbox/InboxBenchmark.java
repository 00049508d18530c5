package accord.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import accord.testing.BenchmarkSeeder;
import accord.testing.Deployments;
import accord.testing.PageTimer;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not part of the test suite: a benchmark, run on purpose with
 * {@code mvn verify -Dit.test=InboxBenchmark -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false}.
 * Loads 10 000 open tasks over 200 people, then times 200 requests of the inbox's first page for a
 * person with 50 tasks and three candidate groups, over HTTP on loopback (server time plus a
 * loopback round trip). Prints p50/p95 and writes them to target/benchmarks/inbox.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InboxBenchmark {

    private static final int WARM_UP = 30;
    private static final int MEASURED = 200;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal().addClasses(BenchmarkSeeder.class)
                .addAsResource("it/inbox-case.bpmn20.xml", "workflows/it-inbox-case.bpmn20.xml");
    }

    @ArquillianResource
    URL deployedAt;

    @Test
    void inboxFirstPage() throws Exception {
        String base = new URL("http", "127.0.0.1", deployedAt.getPort(), deployedAt.getPath()).toString();
        long seedStart = System.nanoTime();
        String seedAnswer = get(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), base + "it/seed-benchmark");
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        HttpClient client = signedIn(base, BenchmarkSeeder.MEASURED, BenchmarkSeeder.PASSWORD);

        StringBuilder report = new StringBuilder(seedAnswer.trim())
                .append(String.format(" (%.0f s as the client waited)%n", seedSeconds));
        for (String list : List.of("mine", "team", "involved", "home", "login")) {
            // home and login are baselines: the layout with the menu counts, and a page with no queries.
            String page = switch (list) {
                case "home" -> base + "index.xhtml";
                case "login" -> base + "login.xhtml";
                default -> base + "inbox/index.xhtml?list=" + list;
            };
            String first = get(client, page);
            int rows = count(first, "class=\"task-link\"");
            PageTimer.Times times = PageTimer.time(client, page, WARM_UP, MEASURED);
            report.append(String.format("page=%s rows on first page=%d requests=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%n",
                    list, rows, MEASURED, times.p50(), times.p95(), times.max()));
            if (list.equals("mine")) {
                assertEquals(20, rows, "the first page of the measured person's 50 tasks");
            }
        }
        System.out.println("\n=== Inbox benchmark ===\n" + report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "inbox.txt"), report.toString());
    }

    private static HttpClient signedIn(String base, String login, String password) throws IOException, InterruptedException {
        return PageTimer.signedIn(base, login, password);
    }

    private static String get(HttpClient client, String url) throws IOException, InterruptedException {
        return PageTimer.get(client, url);
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            count++;
        }
        return count;
    }
}

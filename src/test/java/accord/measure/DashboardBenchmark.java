package accord.measure;

import accord.demo.control.DemoOrganisation;
import accord.testing.Deployments;
import accord.testing.PageTimer;
import java.net.URL;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not part of the test suite: a benchmark, run on purpose with
 * {@code mvn verify -Dit.test=DashboardBenchmark -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false}
 * (on PostgreSQL: {@code bash .ci/postgresql-tests DashboardBenchmark}). Adds a big company to the
 * demo one ({@link CompanySeeder}), then times each role's home page, the director's company
 * measures and the monthly reports over HTTP, with the login page (no queries) as the baseline of
 * the same run. The figures of ended periods are kept between page loads until a record changes
 * ({@code EndedPeriodCache}): "after a change" times the director's page with that made stale before
 * each request, as the first load after a sales figure is corrected. Prints p50/p95/max and writes them to target/benchmarks/dashboards.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardBenchmark {

    private static final int WARM_UP = Integer.getInteger("accord.bench.warmup", 20);
    private static final int MEASURED = Integer.getInteger("accord.bench.requests", 100);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal().addClasses(CompanySeeder.class, CaseHistorySeeder.class);
    }

    @ArquillianResource
    URL deployedAt;

    @Test
    void dashboardsOfABigCompany() throws Exception {
        String base = new URL("http", "127.0.0.1", deployedAt.getPort(), deployedAt.getPath()).toString();
        String seeded = PageTimer.get(HttpClient.newHttpClient(), base + "it/seed-company").trim();
        if (!seeded.startsWith("seeded")) {
            throw new IllegalStateException("the seeding answered: " + seeded.substring(0, Math.min(300, seeded.length())));
        }
        StringBuilder report = new StringBuilder(seeded).append('\n');

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        String lastQuarter = quarter == 1 ? (today.getYear() - 1) + "-Q4" : today.getYear() + "-Q" + (quarter - 1);
        Map<String, String[]> pages = new LinkedHashMap<>();
        pages.put("login page (baseline, no queries)", new String[] {"li.ming", "login.xhtml"});
        pages.put("home: rep (zhang.wei)", new String[] {"zhang.wei", "index.xhtml"});
        pages.put("home: sales manager (li.ming, 15 reps)", new String[] {"li.ming", "index.xhtml"});
        pages.put("home: customer service lead (xu.hui)", new String[] {"xu.hui", "index.xhtml"});
        pages.put("home: department head (guo.qiang)", new String[] {"guo.qiang", "index.xhtml"});
        pages.put("home: sales director (zhou.jianguo)", new String[] {"zhou.jianguo", "index.xhtml"});
        pages.put("home: sales director, after a change", new String[] {"zhou.jianguo", "index.xhtml", "it/seed-company?changed"});
        pages.put("measures: company, last quarter", new String[] {"zhou.jianguo",
                "measures/index.xhtml?scope=company&period=" + lastQuarter});
        pages.put("measures: a team, last quarter", new String[] {"li.ming",
                "measures/index.xhtml?scope=team:li.ming&period=" + lastQuarter});
        String lastMonth = today.minusMonths(1).toString().substring(0, 7);
        pages.put("workflows: all four, last month", new String[] {"zhou.jianguo", "analytics/workflows.xhtml?month=" + lastMonth});
        pages.put("workflows: a head's department, last month", new String[] {"guo.qiang",
                "analytics/workflows.xhtml?month=" + lastMonth});
        pages.put("monthly report PDF: a team", new String[] {"li.ming", "measures/report.xhtml?scope=team:li.ming"});
        pages.put("monthly report PDF: the company", new String[] {"zhou.jianguo", "measures/report.xhtml?scope=company"});
        Map<String, HttpClient> people = new LinkedHashMap<>();
        String only = System.getProperty("accord.bench.only", ""); // e.g. "director,company": only the pages so named
        pages.keySet().removeIf(name -> !only.isBlank() && !name.startsWith("login")
                && java.util.Arrays.stream(only.split(",")).noneMatch(name::contains));
        for (Map.Entry<String, String[]> page : pages.entrySet()) {
            String login = page.getValue()[0];
            HttpClient client = people.computeIfAbsent(login, l -> {
                try {
                    return PageTimer.signedIn(base, l, DemoOrganisation.PASSWORD);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            boolean pdf = page.getKey().startsWith("monthly"); // seconds each: fewer of them
            String before = page.getValue().length > 2 ? base + page.getValue()[2] : null;
            PageTimer.Times times = PageTimer.time(client, base + page.getValue()[1], pdf ? 3 : WARM_UP, pdf ? 20 : MEASURED,
                    java.time.Duration.ofSeconds(40), before);
            report.append(String.format("%-42s requests=%3d p50=%7.1f ms p95=%7.1f ms max=%7.1f ms%n", page.getKey(),
                    times.millis().size(), times.p50(), times.p95(), times.max()));
        }
        System.out.println("\n=== Dashboard benchmark ===\n" + report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "dashboards.txt"), report.toString());
    }
}

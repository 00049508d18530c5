package accord.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import accord.testing.Deployments;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not part of the test suite: a benchmark, run on purpose with
 * {@code mvn verify -Dit.test=HistoryCleanupBenchmark -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false}.
 * Leaves 100 000 finished cases (each with its steps and three variables) four years old, then fires
 * the engine's scheduled history cleanup job now and times it until none is left: the real path,
 * the job executor running the cleanup's batch parts. Writes target/benchmarks/history-cleanup.txt.
 */
@ExtendWith(ArquillianExtension.class)
class HistoryCleanupBenchmark {

    static final int CASES = Integer.getInteger("accord.bench.cases", 100_000);
    private static final int CHUNK = 2_000;

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer().addClasses(HistoryCleanupBenchmark.class, HistorySeeder.class)
                .addAsResource("it/finished-case.bpmn20.xml", "workflows/it-finished-case.bpmn20.xml");
    }

    @Inject
    HistorySeeder seeder;

    @Inject
    HistoryService history;

    @Inject
    ManagementService management;

    @Test
    void cleanupOfAHundredThousandFinishedCases() throws Exception {
        long seedStart = System.nanoTime();
        for (int first = 0; first < CASES; first += CHUNK) {
            seeder.seed(first, Math.min(CHUNK, CASES - first));
        }
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        assertEquals(CASES, seeder.age());
        long steps = seeder.rows("ACT_HI_ACTINST");
        long cases = history.createHistoricProcessInstanceQuery().processDefinitionKey("itFinished").count();

        Job cleanup = management.createTimerJobQuery().handlerType("bpmn-history-cleanup").singleResult();
        long start = System.nanoTime();
        management.moveTimerToExecutableJob(cleanup.getId());
        long left = cases;
        while (left > 0 && System.nanoTime() - start < 3_600_000_000_000L) {
            Thread.sleep(1000);
            left = history.createHistoricProcessInstanceQuery().processDefinitionKey("itFinished").count();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String report = String.format("History cleanup: %d finished cases (%d steps) seeded in %.0f s; removed by the scheduled job"
                + " in %.1f s (%.0f cases/s); %d left, %d steps left%n", cases, steps, seedSeconds, seconds, cases / seconds, left,
                seeder.rows("ACT_HI_ACTINST"));
        System.out.print(report);
        Path out = Path.of(System.getProperty("user.dir"), "target", "benchmarks", "history-cleanup.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertEquals(0, left, report);
    }
}

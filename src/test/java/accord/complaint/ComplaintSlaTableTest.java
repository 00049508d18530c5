package accord.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.testing.InMemoryEngine;
import java.util.Map;
import org.flowable.dmn.api.DmnDecisionService;
import org.flowable.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of workflows/complaint-sla.dmn: working hours to respond and to resolve. */
class ComplaintSlaTableTest {

    private static ProcessEngine engine;
    private static DmnDecisionService decisions;

    @BeforeAll
    static void deploy() {
        engine = InMemoryEngine.start();
        decisions = InMemoryEngine.decisions(engine);
        engine.getRepositoryService().createDeployment().addClasspathResource("workflows/complaint-sla.dmn").deploy();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static Map<String, Object> sla(String severity, String tier) {
        return decisions.createExecuteDecisionBuilder().decisionKey("complaintSla")
                .variable("severity", severity).variable("tier", tier).executeWithSingleResult();
    }

    @ParameterizedTest(name = "{0} for tier {1}: respond in {2} h, resolve in {3} h")
    @CsvSource({
        "CRITICAL, A, 2, 24", "CRITICAL, B, 4, 32", "CRITICAL, C, 4, 40",
        "HIGH, A, 4, 40", "HIGH, B, 8, 56", "HIGH, C, 8, 64",
        "MEDIUM, A, 8, 56", "MEDIUM, B, 16, 72", "MEDIUM, C, 16, 80",
        "LOW, A, 16, 64", "LOW, B, 24, 80", "LOW, C, 24, 80"})
    void eachRow(String severity, String tier, int respondHours, int resolveHours) {
        Map<String, Object> sla = sla(severity, tier);
        assertEquals(respondHours, ((Number) sla.get("respondHours")).intValue());
        assertEquals(resolveHours, ((Number) sla.get("resolveHours")).intValue());
    }

    @Test
    void anUnknownSeverityOrTierHasNoDeadlineRatherThanAGuessedOne() {
        for (Map<String, Object> none : new Map[] {sla("URGENT", "A"), sla("LOW", "Z")}) {
            assertTrue(none == null || none.isEmpty(), String.valueOf(none));
        }
    }
}

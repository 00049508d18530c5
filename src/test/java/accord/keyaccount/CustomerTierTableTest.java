package accord.keyaccount;

import static org.junit.jupiter.api.Assertions.assertEquals;

import accord.testing.InMemoryEngine;
import java.util.Map;
import org.flowable.dmn.api.DmnDecisionService;
import org.flowable.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of workflows/customer-tier.dmn, and its edges: the tier suggested by sales, growth and years. */
class CustomerTierTableTest {

    private static ProcessEngine engine;
    private static DmnDecisionService decisions;

    @BeforeAll
    static void deploy() {
        engine = InMemoryEngine.start();
        decisions = InMemoryEngine.decisions(engine);
        engine.getRepositoryService().createDeployment().addClasspathResource("workflows/customer-tier.dmn").deploy();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @ParameterizedTest(name = "{0} yuan, {1} % growth, {2} years: {3} ({4})")
    @CsvSource({
        "5000000, -30, 1, A, LARGE", "12000000, 0, 0, A, LARGE",
        "2000000, 0, 5, A, LOYAL", "4999999, -10, 12, A, LOYAL",
        "2000000, 20, 4, A, RISING", "3000000, 75, 0, A, RISING",
        "2000000, 19.9, 4, B, REGULAR", "4999999, -50, 1, B, REGULAR",
        "500000, 0, 0, B, REGULAR", "1999999, 300, 20, B, REGULAR",
        "499999, 500, 30, C, SMALL", "0, 0, 0, C, SMALL"})
    void eachRowAndItsEdges(double sales, double growth, int years, String tier, String reason) {
        Map<String, Object> result = decisions.createExecuteDecisionBuilder().decisionKey("customerTier")
                .variable("lastYearSales", sales).variable("growth", growth).variable("years", years)
                .executeWithSingleResult();
        assertEquals(tier, result.get("tier"));
        assertEquals(reason, result.get("reason"));
    }
}

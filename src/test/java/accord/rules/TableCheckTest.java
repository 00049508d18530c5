package accord.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.rules.control.Cell;
import accord.rules.control.RuleTable;
import accord.rules.control.RuleTables;
import accord.rules.control.TableCheck;
import accord.rules.control.TableCheck.Domains;
import accord.rules.control.TableCheck.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks of an edited table on the tables of workflows/: they pass as they are, and each kind of mistake is found. */
class TableCheckTest {

    private static final Domains SLA = new Domains(Map.of("severity", List.of("CRITICAL", "HIGH", "MEDIUM", "LOW"),
            "tier", List.of("A", "B", "C")), Map.of(), Map.of());
    private static final Domains TIER = new Domains(Map.of(), Map.of("lastYearSales", BigDecimal.ZERO, "years", BigDecimal.ZERO),
            Map.of("tier", List.of("A", "B", "C")));

    static RuleTable table(String file) throws IOException {
        try (InputStream in = TableCheckTest.class.getClassLoader().getResourceAsStream("workflows/" + file)) {
            return RuleTables.read(RuleTables.parse(in.readAllBytes()));
        }
    }

    @Test
    void theTablesOfTheFilesPass() throws IOException {
        assertEquals(List.of(), TableCheck.check(table("complaint-sla.dmn"), SLA));
        assertEquals(List.of(), TableCheck.check(table("customer-tier.dmn"), TIER));
        assertEquals(List.of(), TableCheck.check(table("promotion-approval-chain.dmn"),
                new Domains(Map.of(), Map.of("levelsUp", BigDecimal.ONE, "targetLevel", BigDecimal.ONE), Map.of())));
        assertEquals(List.of(), TableCheck.check(table("promotion-eligibility.dmn"), new Domains(Map.of(), Map.of(), Map.of())));
    }

    @Test
    void aRemovedRowLeavesAGapNamedByItsInputs() throws IOException {
        RuleTable sla = table("complaint-sla.dmn");
        sla.removeRow(sla.getRows().size() - 1);
        List<Problem> problems = TableCheck.check(sla, SLA);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("rules.problem.gap", problems.get(0).key());
        assertEquals("Severity = \"LOW\"; Customer tier = \"C\"", problems.get(0).arguments().get(0));
    }

    @Test
    void twoRowsForTheSameInputsOverlapUnderUnique() throws IOException {
        RuleTable tier = table("customer-tier.dmn");
        tier.getRows().get(0).getConditions().set(0, ">= 4000000");
        List<Problem> problems = TableCheck.check(tier, TIER);
        assertTrue(problems.stream().anyMatch(p -> p.key().equals("rules.problem.overlap") && p.arguments().get(0).equals("1")),
                problems.toString());
    }

    @Test
    void cellsOutsideTheFormsOrTheValuesAreRefusedWhereTheyAre() throws IOException {
        RuleTable sla = table("complaint-sla.dmn");
        sla.getRows().get(0).getConditions().set(0, "CRITICAL");
        sla.getRows().get(1).getConditions().set(1, "\"D\"");
        sla.getRows().get(2).getOutputs().set(1, "forty");
        List<Problem> problems = TableCheck.check(sla, SLA);
        assertEquals(List.of(new Problem(0, 0, "rules.problem.condition.STRING", List.of()),
                new Problem(1, 1, "rules.problem.value", List.of("A, B, C")),
                new Problem(2, 3, "rules.problem.output.NUMBER", List.of())), problems);
    }

    @Test
    void cellFormsReadAsTheEngineReadsThem() {
        assertTrue(Cell.condition(">= 5000000", Cell.Type.NUMBER).orElseThrow().accepts(new BigDecimal("5000000")));
        assertTrue(!Cell.condition("< 5", Cell.Type.NUMBER).orElseThrow().accepts(5));
        assertTrue(Cell.condition("2", Cell.Type.NUMBER).orElseThrow().accepts(2.0));
        assertTrue(Cell.condition(" - ", Cell.Type.STRING).orElseThrow().accepts("anything"));
        assertTrue(Cell.condition("\"A\"", Cell.Type.STRING).orElseThrow().accepts("A"));
        assertTrue(Cell.condition("maybe", Cell.Type.BOOLEAN).isEmpty());
        assertTrue(Cell.condition("=> 5", Cell.Type.NUMBER).isEmpty());
    }
}

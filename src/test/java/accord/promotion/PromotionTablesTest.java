package accord.promotion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import accord.testing.InMemoryEngine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flowable.dmn.api.DmnDecisionService;
import org.flowable.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of workflows/promotion-eligibility.dmn and workflows/promotion-approval-chain.dmn, with their edges. */
class PromotionTablesTest {

    private static ProcessEngine engine;
    private static DmnDecisionService decisions;

    @BeforeAll
    static void deploy() {
        engine = InMemoryEngine.start();
        decisions = InMemoryEngine.decisions(engine);
        engine.getRepositoryService().createDeployment().addClasspathResource("workflows/promotion-eligibility.dmn")
                .addClasspathResource("workflows/promotion-approval-chain.dmn").deploy();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    /** Empty cells are unknown figures (attainment, satisfaction) or a grade without a satisfaction minimum. */
    @ParameterizedTest(name = "{0}/{1} months, {2}/{3} %, {4}/{5} satisfaction: {6}")
    @CsvSource({
        "24, 24, 100, 100, 4.0, 4.0, MONTHS_IN_GRADE=MET ATTAINMENT=MET SATISFACTION=MET",
        "23, 24, 99.9, 100, 3.9, 4.0, MONTHS_IN_GRADE=SHORT ATTAINMENT=SHORT SATISFACTION=SHORT",
        "0, 0, , 90, , 4.0, MONTHS_IN_GRADE=MET ATTAINMENT=NO_DATA SATISFACTION=NO_DATA",
        "12, 18, 130, 95, , , MONTHS_IN_GRADE=SHORT ATTAINMENT=MET SATISFACTION=NOT_REQUIRED",
        "40, 36, 80, 105, 2.0, , MONTHS_IN_GRADE=MET ATTAINMENT=SHORT SATISFACTION=NOT_REQUIRED"})
    void eachRequirementPassesOrFails(int months, int requiredMonths, Double attainment, double requiredAttainment,
            Double satisfaction, Double requiredSatisfaction, String expected) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("monthsInGrade", months);
        variables.put("requiredMonths", requiredMonths);
        variables.put("attainment", attainment);
        variables.put("requiredAttainment", requiredAttainment);
        variables.put("satisfaction", satisfaction);
        variables.put("requiredSatisfaction", requiredSatisfaction);
        List<Map<String, Object>> results = decisions.createExecuteDecisionBuilder().decisionKey("promotionEligibility")
                .variables(variables).executeDecision();
        String said = results.stream().map(r -> r.get("requirement") + "=" + r.get("note")).collect(Collectors.joining(" "));
        assertEquals(expected, said);
        results.forEach(r -> assertEquals(List.of("MET", "NOT_REQUIRED").contains(r.get("note")), r.get("passed"), said));
    }

    @ParameterizedTest(name = "{0} levels up to level {1}: director {2} ({3})")
    @CsvSource({
        "1, 2, false, HEAD_DECIDES", "1, 3, true, SENIOR_GRADE", "1, 4, true, SENIOR_GRADE",
        "2, 3, true, JUMP", "2, 2, true, JUMP", "3, 4, true, JUMP"})
    void theDirectorApprovesJumpsAndSeniorGrades(int levelsUp, int targetLevel, boolean director, String reason) {
        Map<String, Object> result = decisions.createExecuteDecisionBuilder().decisionKey("promotionApprovalChain")
                .variable("levelsUp", levelsUp).variable("targetLevel", targetLevel).executeWithSingleResult();
        assertEquals(director, result.get("directorApproval"));
        assertEquals(reason, result.get("reason"));
    }
}

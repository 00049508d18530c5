package accord.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.inbox.control.NextSteps;
import accord.inbox.control.NextSteps.Step;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.common.engine.impl.util.io.InputStreamSource;
import org.junit.jupiter.api.Test;

/** "Who acts next", read from the process model of the inbox test process. */
class NextStepsTest {

    private static BpmnModel model() throws Exception {
        return model("it/inbox-case.bpmn20.xml");
    }

    private static BpmnModel model(String resource) throws Exception {
        try (InputStream bpmn = NextStepsTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new BpmnXMLConverter().convertToBpmnModel(new InputStreamSource(bpmn), false, false);
        }
    }

    @Test
    void afterTheReviewTheApproverActs() throws Exception {
        List<Step> next = NextSteps.from(model(), "review", Map.of("approver", "hu.yan"));
        assertEquals(List.of(new Step("approve", "Approve the case", "hu.yan", List.of(), false)), next);
    }

    @Test
    void theEndOfASubprocessIsNotTheEndOfTheCase() throws Exception {
        BpmnModel review = model("workflows/key-account-review.bpmn20.xml");
        List<Step> afterOutcome = NextSteps.from(review, "recordOutcome", Map.of("accountManager", "wang.fang"));
        assertEquals(List.of(new Step("approveTier", "Approve the tier change", null, List.of("SALES_DIRECTOR"), false),
                new Step(null, null, null, List.of(), true)), afterOutcome, "a tier change goes to the director, else it ends");
        assertEquals("prepare", NextSteps.from(review, "start", Map.of()).get(0).key(), "into the subprocess from its start");
    }

    @Test
    void anUnknownApproverIsSaidToBeUnknown() throws Exception {
        List<Step> next = NextSteps.from(model(), "review", Map.of());
        assertEquals(1, next.size());
        assertEquals(null, next.get(0).assignee());
    }

    @Test
    void afterTheApprovalTheCaseEnds() throws Exception {
        List<Step> next = NextSteps.from(model(), "approve", Map.of());
        assertEquals(1, next.size());
        assertTrue(next.get(0).caseEnds());
    }

    @Test
    void groupsResolveFromVariablesOrStayAsWritten() throws Exception {
        List<Step> next = NextSteps.from(model(), "start", Map.of("offeredTo", "CUSTOMER_SERVICE"));
        assertEquals(List.of(new Step("review", "Review the case", null, List.of("CUSTOMER_SERVICE"), false)), next);
    }
}

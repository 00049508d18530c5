package accord.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import accord.handoff.control.RequestForm;
import accord.handoff.entity.HandoffKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A request's problems: one per field, in the order of the form, whether a constraint or a rule found it. */
class RequestFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void anEmptyRequestNamesEveryFieldInTheFormsOrder() {
        assertEquals(List.of("targetDepartment:handoff.refused.department", "kind:handoff.refused.kind",
                        "subject:handoff.refused.subject", "details:handoff.refused.details",
                        "acceptanceCriteria:handoff.refused.criteria", "neededBy:handoff.refused.neededBy"),
                problems(new RequestForm()));
    }

    @Test
    void aCompleteRequestHasNoProblemAndEachRuleIsSaidAlone() {
        RequestForm form = complete();
        assertEquals(List.of(), problems(form));
        form.setSubject("x".repeat(201));
        assertEquals(List.of("subject:handoff.refused.subject"), problems(form));
        form = complete();
        form.setNeededBy(TODAY.minusDays(1));
        assertEquals(List.of("neededBy:handoff.refused.neededBy"), problems(form));
        form = complete();
        form.setPriority(null);
        assertEquals(List.of("priority:handoff.refused.priority"), problems(form));
    }

    private static RequestForm complete() {
        RequestForm form = new RequestForm();
        form.setTargetDepartment("TECH_SUPPORT");
        form.setKind(HandoffKind.values()[0]);
        form.setSubject("A technical proposal");
        form.setDetails("For the plant's new line.");
        form.setAcceptanceCriteria("Covers both lines\nPriced");
        form.setNeededBy(TODAY.plusDays(5));
        return form;
    }

    private static List<String> problems(RequestForm form) {
        return form.problems(TODAY).stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }
}

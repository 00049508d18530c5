package accord.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import accord.complaint.control.Registration;
import accord.complaint.entity.Category;
import accord.complaint.entity.Channel;
import accord.complaint.entity.Severity;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each intake rule, with the field its message goes beside. */
class RegistrationTest {

    static Registration valid() {
        Registration form = new Registration();
        form.setCustomerId(1L);
        form.setContactName("王经理");
        form.setContactPhone("+86 21 5555-0101");
        form.setChannel(Channel.PHONE);
        form.setCategory(Category.DELIVERY);
        form.setSeverity(Severity.HIGH);
        form.setSubject("Pump delivered without its manual");
        form.setDescription("The customer received order SO-2026-0412 on Monday; the manual was missing.");
        form.setOrderNumber("SO-2026-0412");
        return form;
    }

    private static List<String> problems(Consumer<Registration> change) {
        Registration form = valid();
        change.accept(form);
        return form.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void aCompleteRegistrationHasNoProblem() {
        assertEquals(List.of(), problems(form -> { }));
        assertEquals(List.of(), problems(form -> {
            form.setContactPhone(null);
            form.setContactEmail("wang@example.cn");
            form.setOrderNumber(" ");
        }), "an email instead of a phone, and no order number");
    }

    @Test
    void eachRuleNamesItsField() {
        assertEquals(List.of("customer:complaint.refused.customer"), problems(f -> f.setCustomerId(null)));
        assertEquals(List.of("contactName:complaint.refused.contactName"), problems(f -> f.setContactName(" ")));
        assertEquals(List.of("contactName:complaint.refused.contactName"), problems(f -> f.setContactName("x".repeat(101))));
        assertEquals(List.of("contactPhone:complaint.refused.contact"), problems(f -> f.setContactPhone("")));
        assertEquals(List.of("contactPhone:complaint.refused.phone"), problems(f -> f.setContactPhone("call me")));
        assertEquals(List.of("contactEmail:complaint.refused.email"), problems(f -> f.setContactEmail("wang@")));
        assertEquals(List.of("channel:complaint.refused.channel"), problems(f -> f.setChannel(null)));
        assertEquals(List.of("category:complaint.refused.category"), problems(f -> f.setCategory(null)));
        assertEquals(List.of("severity:complaint.refused.severity"), problems(f -> f.setSeverity(null)));
        assertEquals(List.of("subject:complaint.refused.subject"), problems(f -> f.setSubject(null)));
        assertEquals(List.of("subject:complaint.refused.subject"), problems(f -> f.setSubject("x".repeat(201))));
        assertEquals(List.of("description:complaint.refused.description"), problems(f -> f.setDescription("")));
        assertEquals(List.of("description:complaint.refused.description"),
                problems(f -> f.setDescription("x".repeat(4001))));
        assertEquals(List.of("orderNumber:complaint.refused.orderNumber"), problems(f -> f.setOrderNumber("SO 12; drop")));
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        assertEquals(List.of("customer", "contactName", "contactPhone", "channel", "category", "severity", "subject",
                "description"), new Registration().problems().stream().map(Registration.Problem::field).toList(),
                "an empty form: every required field, the phone-or-email pair once");
    }
}

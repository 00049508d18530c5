package accord.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import accord.complaint.boundary.ComplaintSteps;
import accord.complaint.entity.Category;
import accord.customer.boundary.Contacts;
import accord.keyaccount.entity.AccountReview;
import accord.keyaccount.entity.TierProposal;
import accord.platform.control.FieldRefused;
import accord.platform.control.FieldRules;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Field rules declared with Bean Validation come back as the field and the bundle key, first field first. */
class FieldRulesTest {

    private static final FieldRules.Refusal REFUSED = FieldRefused::new;

    @Test
    void theFirstBrokenFieldInTheRecordsOrderIsRefused() {
        FieldRefused refused = assertThrows(FieldRefused.class, () -> FieldRules.check(
                new ComplaintSteps.Triage(null, null, null, false, null, null), REFUSED));
        assertEquals("category", refused.field());
        assertEquals("complaint.refused.category", refused.messageKey());

        refused = assertThrows(FieldRefused.class, () -> FieldRules.check(
                new ComplaintSteps.Triage(Category.PRODUCT_QUALITY, null, null, false, null, null), REFUSED));
        assertEquals("severity", refused.field());
    }

    @Test
    void everyBrokenFieldIsListedInOrder() {
        List<FieldRules.Problem> problems = FieldRules.problems(new AccountReview.Outcome(" ", 6, null, null, null, null,
                new BigDecimal("-1"), null, null, null));
        assertEquals(List.of(new FieldRules.Problem("feedback", "review.refused.feedback"),
                new FieldRules.Problem("satisfaction", "review.refused.satisfaction"),
                new FieldRules.Problem("agreedTarget", "review.refused.agreedTarget"),
                new FieldRules.Problem("proposal", "review.refused.proposal")), problems);
        assertEquals(List.of(), FieldRules.problems(new AccountReview.Outcome("Happy", 5, null, null, null, null,
                BigDecimal.ZERO, TierProposal.KEEP, null, null)));
    }

    @Test
    void aContactIsTakenAsTypedLessTheSpacesAroundIt() {
        Contacts.NewContact contact = new Contacts.NewContact("  王总 ", " ", null, " wang@example.com ", true);
        assertEquals("王总", contact.contactName());
        assertEquals(null, contact.contactTitle());
        assertDoesNotThrow(() -> FieldRules.check(contact, REFUSED));
        assertEquals("contactEmail", assertThrows(FieldRefused.class, () -> FieldRules.check(
                new Contacts.NewContact("王总", null, null, "not an address", false), REFUSED)).field());
        assertEquals("contactName", assertThrows(FieldRefused.class, () -> FieldRules.check(
                new Contacts.NewContact("王".repeat(101), null, "138", null, false), REFUSED)).field());
    }
}

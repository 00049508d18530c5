package accord.keyaccount;

import static org.junit.jupiter.api.Assertions.assertEquals;

import accord.customer.entity.Customer;
import accord.customer.entity.Tier;
import accord.customer.entity.TierChange;
import accord.keyaccount.control.Retention;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A tier at a past moment, read back from the history of changes. */
class RetentionTest {

    @Test
    void theTierAtAMomentUndoesTheChangesMadeAfterIt() {
        Customer customer = new Customer("C0099", "测试", Tier.B, null, null, null, 2020);
        Instant t1 = Instant.parse("2025-03-01T00:00:00Z");
        Instant t2 = Instant.parse("2025-09-01T00:00:00Z");
        TierChange up = customer.retier(Tier.A, "zhou.jianguo", t1, "grew");
        TierChange down = customer.retier(Tier.C, "zhou.jianguo", t2, "fell");
        List<TierChange> newestFirst = List.of(down, up);

        assertEquals(Tier.B, Retention.tierAt(customer, newestFirst, Instant.parse("2025-01-01T00:00:00Z")));
        assertEquals(Tier.A, Retention.tierAt(customer, newestFirst, Instant.parse("2025-06-01T00:00:00Z")));
        assertEquals(Tier.C, Retention.tierAt(customer, newestFirst, Instant.parse("2026-01-01T00:00:00Z")));
    }
}

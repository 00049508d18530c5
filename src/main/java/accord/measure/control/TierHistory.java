package accord.measure.control;

import static accord.platform.entity.UtcTime.instant;
import static accord.platform.entity.UtcTime.utc;

import accord.customer.entity.Tier;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scope's tier changes since a moment, newest first, read once: undone back from the tiers of
 * now they give the tiers at any moment since, and they name the key accounts lost.
 */
final class TierHistory {

    /** A tier change as the measures read it. */
    private record Change(long customer, Tier from, Tier to, Instant at, String reason) {
    }

    private final List<Change> changes;

    private TierHistory(List<Change> changes) {
        this.changes = changes;
    }

    static TierHistory since(EntityManager em, Scope scope, Instant start) {
        if (scope.nobody()) {
            return new TierHistory(List.of());
        }
        List<Change> changes = new ArrayList<>();
        for (Object[] row : MeasureInputs.bind(scope, em.createQuery("select t.customer.id, t.from, t.to, t.changedAt, t.reason"
                + " from TierChange t where t.changedAt >= :start" + MeasureInputs.within(scope, "t.customer")
                + " order by t.changedAt desc, t.id desc", Object[].class)).setParameter("start", utc(start)).getResultList()) {
            changes.add(new Change((Long) row[0], (Tier) row[1], (Tier) row[2], instant((LocalDateTime) row[3]), (String) row[4]));
        }
        return new TierHistory(changes);
    }

    /** Each account's tier at a moment: its tier now ({@code current}), with the changes since undone. */
    Map<Long, Tier> tiersAt(Map<Long, Tier> current, Instant moment) {
        Map<Long, Tier> tiers = new HashMap<>(current);
        for (Change change : changes) {
            if (!change.at().isBefore(moment) && tiers.containsKey(change.customer())) {
                tiers.put(change.customer(), change.from());
            }
        }
        return tiers;
    }

    /** Of these accounts (id to name), the key accounts downgraded out of key before the end, oldest first. */
    List<MeasureInputs.Loss> losses(Map<Long, String> accounts, Instant end) {
        List<MeasureInputs.Loss> losses = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            Change change = changes.get(i);
            String name = accounts.get(change.customer());
            if (name != null && change.at().isBefore(end) && change.from() == Tier.A && change.to() != Tier.A) {
                losses.add(new MeasureInputs.Loss(name, change.reason(), change.at()));
            }
        }
        return losses;
    }
}

package accord.handoff.control;

import accord.handoff.entity.Handoff;
import accord.handoff.entity.HandoffStatus;
import accord.organisation.control.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The open handoffs each member of a department works on, and how many are overdue (breached, or
 * past the promised date and not delivered). The least loaded member is the default assignee.
 */
@ApplicationScoped
public class Workload {

    /** Work a member owes or waits on: assigned and not done. */
    static final Set<HandoffStatus> ASSIGNED = Set.of(HandoffStatus.DATE_PROPOSED, HandoffStatus.IN_PROGRESS,
            HandoffStatus.REASSIGNING, HandoffStatus.ACCEPTANCE);

    public record Member(String login, String name, long open, long overdue) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    /** Every active member of the department (and its teams), least loaded first. */
    public List<Member> of(String departmentCode, LocalDate today) {
        List<String> members = directory.memberLogins(List.of(departmentCode));
        Map<String, long[]> counts = new HashMap<>();
        if (!members.isEmpty()) {
            // Counted here rather than in SQL: EclipseLink writes a boolean inside a select's CASE as 1, which H2 refuses.
            em.createQuery("select h from Handoff h where h.assignee in :members and h.status in :assigned", Handoff.class)
                    .setParameter("members", members).setParameter("assigned", ASSIGNED)
                    .getResultList()
                    .forEach(h -> {
                        long[] count = counts.computeIfAbsent(h.getAssignee(), login -> new long[2]);
                        count[0]++;
                        if (h.isBreached() || (h.getStatus() == HandoffStatus.IN_PROGRESS && h.getPromisedBy().isBefore(today))) {
                            count[1]++;
                        }
                    });
        }
        Map<String, String> names = directory.displayNames(members);
        return members.stream()
                .map(login -> new Member(login, names.getOrDefault(login, login),
                        counts.getOrDefault(login, new long[2])[0], counts.getOrDefault(login, new long[2])[1]))
                .sorted(Comparator.comparingLong(Member::open).thenComparing(Member::name))
                .toList();
    }
}

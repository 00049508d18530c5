package accord.handoff.control;

import accord.handoff.entity.Handoff;
import accord.handoff.entity.HandoffStatus;
import accord.organisation.control.Actor;
import accord.organisation.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Handoffs as people may see them, in the database's queries: the requester, the people of the
 * requesting and of the target department (heads with their teams), the sales director and ADMIN.
 * Whoever holds or held one of its steps (a deputy, an escalation) sees it through the inbox.
 */
@ApplicationScoped
public class HandoffRegister {

    /** Which handoffs a list shows. */
    public enum Scope { MINE, INCOMING, OUTGOING, ALL }

    /** Sort columns a list may ask for, to their JPQL paths. */
    private static final Map<String, String> SORTS = Map.of("number", "h.number", "neededBy", "h.neededBy",
            "requestedAt", "h.requestedAt", "status", "h.status", "priority", "h.priority");

    @PersistenceContext
    EntityManager em;

    public static boolean seesAll(Actor actor) {
        return actor.admin() || actor.isIn(Role.SALES_DIRECTOR.name());
    }

    /** The departments whose handoffs the person sees: their own (and those above it) and those they head. */
    public static Set<String> departmentsOf(Actor actor) {
        Set<String> departments = new HashSet<>(actor.groups());
        departments.addAll(actor.headOf());
        return departments;
    }

    public static boolean maySee(Actor actor, Handoff handoff) {
        Set<String> departments = departmentsOf(actor);
        return seesAll(actor) || actor.login().equals(handoff.getRequester())
                || departments.contains(handoff.getRequesterDepartment()) || departments.contains(handoff.getTargetDepartment());
    }

    public Optional<Handoff> byNumber(String number) {
        return number == null ? Optional.empty()
                : em.createQuery("select h from Handoff h where h.number = :number", Handoff.class)
                        .setParameter("number", number).getResultStream().findFirst();
    }

    public Optional<Handoff> byCase(String processInstanceId) {
        return em.createQuery("select h from Handoff h where h.processInstanceId = :id", Handoff.class)
                .setParameter("id", processInstanceId).getResultStream().findFirst();
    }

    /** A page of the list, newest first unless sorted otherwise. */
    public List<Handoff> list(Actor actor, Scope scope, boolean openOnly, int first, int size, String sort, boolean ascending) {
        String order = " order by " + (sort == null ? "h.requestedAt" : SORTS.getOrDefault(sort, "h.requestedAt")) + (ascending ? " asc" : " desc") + ", h.id desc";
        return where(actor, scope, openOnly, "select h from Handoff h", order, Handoff.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(Actor actor, Scope scope, boolean openOnly) {
        return where(actor, scope, openOnly, "select count(h) from Handoff h", "", Long.class).getSingleResult();
    }

    /** The handoffs opened from this complaint's work that the person may see. */
    public List<Handoff> linkedTo(Actor actor, long complaintId) {
        return em.createQuery("select h from Handoff h where h.complaint.id = :complaint order by h.requestedAt", Handoff.class)
                .setParameter("complaint", complaintId).getResultList().stream().filter(h -> maySee(actor, h)).toList();
    }

    /** The customer's handoffs that the person may see, newest first. */
    public List<Handoff> ofCustomer(Actor actor, long customerId) {
        return em.createQuery("select h from Handoff h where h.customer.id = :customer order by h.requestedAt desc", Handoff.class)
                .setParameter("customer", customerId).getResultList().stream().filter(h -> maySee(actor, h)).toList();
    }

    private <T> TypedQuery<T> where(Actor actor, Scope scope, boolean openOnly, String select, String order, Class<T> type) {
        String condition = switch (scope) {
            case MINE -> "h.requester = :me";
            case INCOMING -> "h.targetDepartment in :departments";
            case OUTGOING -> "h.requesterDepartment in :departments";
            case ALL -> seesAll(actor) ? "1 = 1"
                    : "(h.requester = :me or h.requesterDepartment in :departments or h.targetDepartment in :departments)";
        };
        String jpql = select + " where " + condition + (openOnly ? " and h.status in :open" : "") + order;
        TypedQuery<T> query = em.createQuery(jpql, type);
        if (jpql.contains(":me")) {
            query.setParameter("me", actor.login());
        }
        if (jpql.contains(":departments")) {
            query.setParameter("departments", departmentsOf(actor));
        }
        if (openOnly) {
            query.setParameter("open", HandoffStatus.OPEN);
        }
        return query;
    }
}

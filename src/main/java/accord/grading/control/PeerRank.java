package accord.grading.control;

import accord.organisation.entity.Employee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a person stands among the active people of the same grade by attainment over the last four
 * quarters: position, cohort size and quartile (1 = top 25 %). People without attainment rank last.
 */
@ApplicationScoped
public class PeerRank {

    /** Position 1 is the best; quartile is null when the person has no attainment to rank. */
    public record Rank(int position, int cohort, Integer quartile) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Performance performance;

    public Rank of(Employee person, LocalDate today) {
        if (person.grade() == null) {
            return new Rank(1, 1, null);
        }
        List<Employee> peers = em.createQuery("select e from Employee e where e.grade = :grade and e.active = true",
                Employee.class).setParameter("grade", person.grade()).getResultList();
        Map<String, Double> attainment = peers.stream().collect(Collectors.toMap(Employee::login,
                peer -> {
                    Double a = performance.lastFourQuarters(peer, today).attainment();
                    return a == null ? Double.NEGATIVE_INFINITY : a;
                }));
        return rank(person.login(), attainment);
    }

    /** The rank of one login in a cohort's attainments (negative infinity = none). */
    public static Rank rank(String login, Map<String, Double> attainment) {
        List<String> order = attainment.entrySet().stream()
                .sorted(Comparator.comparing(Map.Entry<String, Double>::getValue).reversed().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        int position = order.indexOf(login) + 1;
        int cohort = order.size();
        boolean ranked = attainment.getOrDefault(login, Double.NEGATIVE_INFINITY) != Double.NEGATIVE_INFINITY;
        return new Rank(position, cohort, ranked ? quartile(position, cohort) : null);
    }

    static int quartile(int position, int cohort) {
        return Math.min(4, (position - 1) * 4 / cohort + 1);
    }
}

package accord.organisation.boundary;

import accord.organisation.control.Directory;
import accord.organisation.control.PersonalWork;
import jakarta.inject.Inject;
import accord.organisation.entity.Employee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The people who report to a leaving person: they report to the successor from then on; a
 * successor who reported to the leaving person moves up to the leaving person's own manager.
 */
@ApplicationScoped
public class DirectReports implements PersonalWork {

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @Override
    public List<Item> heldBy(String login) {
        return reportsOf(login).stream()
                .map(e -> new Item("departure.kind.report", e.displayName(), "/people/view.xhtml?login=" + e.login())).toList();
    }

    @Override
    public void handOver(String login, String successor, String by) {
        Employee leaving = find(login);
        Employee next = find(successor);
        for (Employee report : reportsOf(login)) {
            report.reportTo(report.equals(next) ? leaving.manager() : next);
        }
    }

    /** A successor below one of the reports would end up managing their own manager. */
    @Override
    public Optional<String> refusesSuccessor(String login, String successor) {
        Employee next = find(successor);
        for (Employee report : reportsOf(login)) {
            for (Employee above = next.manager(); above != null && !report.equals(next); above = above.manager()) {
                if (above.equals(report)) {
                    return Optional.of("departure.refused.successorBelow");
                }
            }
        }
        return Optional.empty();
    }

    private List<Employee> reportsOf(String login) {
        return directory.directReports(login);
    }

    private Employee find(String login) {
        return em.createNamedQuery(Employee.BY_LOGIN, Employee.class).setParameter("login", login).getSingleResult();
    }
}

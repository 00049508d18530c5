package accord.visit.control;

import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/** Whose visits a person may see: their own, a sales manager their direct reports', the sales director everyone's. */
@ApplicationScoped
public class VisitAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    public boolean maySee(Actor actor, String rep) {
        if (actor.login().equals(rep) || actor.isIn(Role.SALES_DIRECTOR.name())) {
            return true;
        }
        return actor.isIn(Role.SALES_MANAGER.name()) && !em.createQuery(
                "select e.id from Employee e where e.login = :rep and e.manager.login = :manager", Long.class)
                .setParameter("rep", rep).setParameter("manager", actor.login()).setMaxResults(1).getResultList().isEmpty();
    }

    /** The people whose visits the person may look at, themselves first. */
    public List<Employee> whom(Actor actor) {
        List<Employee> people = new ArrayList<>(em.createQuery("select e from Employee e where e.login = :login", Employee.class)
                .setParameter("login", actor.login()).getResultList());
        if (actor.isIn(Role.SALES_DIRECTOR.name())) {
            people.addAll(em.createQuery("""
                    select distinct e from Employee e where e.active = true and e.login <> :login
                    and (exists (select v.id from Visit v where v.rep = e.login) or e.manager.login in
                        (select m.login from Employee m join m.roles r where r = :managerRole))
                    order by e.displayName""", Employee.class)
                    .setParameter("login", actor.login()).setParameter("managerRole", Role.SALES_MANAGER).getResultList());
        } else if (actor.isIn(Role.SALES_MANAGER.name())) {
            people.addAll(directory.directReports(actor.login()));
        }
        return people;
    }
}

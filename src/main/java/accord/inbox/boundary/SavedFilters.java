package accord.inbox.boundary;

import accord.inbox.control.TaskRefused;
import accord.inbox.entity.SavedFilter;
import accord.inbox.entity.TaskFilter;
import accord.inbox.entity.TaskList;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** A person's saved inbox filters; nobody reads or changes another person's. */
@ApplicationScoped
@Transactional
public class SavedFilters {


    @PersistenceContext
    EntityManager em;

    public List<SavedFilter> of(String login) {
        return em.createQuery("select f from SavedFilter f where f.owner = :owner order by f.name", SavedFilter.class)
                .setParameter("owner", login).getResultList();
    }

    public Optional<SavedFilter> defaultOf(String login) {
        return of(login).stream().filter(SavedFilter::isDefault).findFirst();
    }

    public SavedFilter find(String login, long id) {
        SavedFilter filter = em.find(SavedFilter.class, id);
        if (filter == null || !filter.isOwnedBy(login)) {
            AccessRefusals.record(login, AuditWording.of("audit.act.openFilter", id), "filter.refused.notYours");
            throw new TaskRefused("filter.refused.notYours", "not the owner of filter " + id);
        }
        return filter;
    }

    /** Saves under the name (replacing a filter of that name); a new default replaces the old one. */
    public SavedFilter save(String login, String name, TaskList list, TaskFilter filter, boolean makeDefault) {
        SavedFilter saved = of(login).stream().filter(f -> f.getName().equals(name == null ? null : name.strip()))
                .findFirst().orElse(null);
        if (saved == null) {
            saved = new SavedFilter(login, name);
            em.persist(saved);
        }
        saved.keep(list, filter);
        if (makeDefault) {
            of(login).forEach(other -> other.makeDefault(false));
        }
        saved.makeDefault(makeDefault || saved.isDefault());
        return saved;
    }

    public void delete(String login, long id) {
        em.remove(find(login, id));
    }
}

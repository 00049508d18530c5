package accord.security.boundary;

import accord.organisation.entity.Employee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Stores a person's own portal settings. */
@ApplicationScoped
public class Preferences {

    @PersistenceContext
    EntityManager em;

    /**
     * One column, written without the record's version: two sessions of the same person choosing at
     * once both succeed (the later choice stands) instead of one failing on an optimistic lock.
     */
    @Transactional
    public void chooseLanguage(String login, String languageTag) {
        em.createQuery("update Employee e set e.language = :language where e.login = :login")
                .setParameter("language", languageTag).setParameter("login", login).executeUpdate();
    }

    /** The same for the time zone (an IANA id the caller has checked). */
    @Transactional
    public void chooseTimeZone(String login, String zoneId) {
        em.createQuery("update Employee e set e.timeZone = :zone where e.login = :login")
                .setParameter("zone", zoneId).setParameter("login", login).executeUpdate();
    }
}

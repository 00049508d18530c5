package accord.audit;

import accord.organisation.boundary.Roles;
import accord.organisation.control.Directory;
import accord.platform.entity.AuditAction;
import accord.platform.entity.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The audit tests' doings in transactions of their own. */
@ApplicationScoped
@Transactional
public class AuditFixture {

    @PersistenceContext
    EntityManager em;

    @Inject
    Roles roles;

    @Inject
    Directory directory;

    /** A role granted, then something else in the same transaction fails: both roll back. */
    public void grantThenFail(String admin, String person, Roles.Change change) {
        roles.grant(directory.actor(admin), person, change);
        throw new IllegalStateException("what came after the grant failed");
    }

    /** A line as if written at that moment. */
    public void lineAt(Instant at, String actor, AuditAction action, String subject, String detail) {
        em.persist(new AuditEntry(at, actor, action, subject, detail, null));
    }

    /** Actions, subjects and details of an actor's lines, oldest first, as an English reader reads them. */
    public List<String> linesOf(String actor) {
        return em.createQuery("select e from AuditEntry e where e.actor = :actor order by e.id", AuditEntry.class)
                .setParameter("actor", actor).getResultStream()
                .map(e -> e.getAction() + " " + english(e.getSubject()) + " " + english(e.getDetail())).toList();
    }

    /** The message keys of the reasons an actor's refusals were recorded with, oldest first. */
    public List<String> refusalReasons(String actor) {
        return em.createQuery("select e from AuditEntry e where e.actor = :actor and e.action = :refused order by e.id", AuditEntry.class)
                .setParameter("actor", actor).setParameter("refused", AuditAction.ACCESS_REFUSED).getResultStream()
                .map(e -> e.getDetail() == null ? "-" : accord.platform.control.AuditWording.keyOf(e.getDetail())).toList();
    }

    /** Lines about a subject (a login, a list), oldest first. */
    public List<String> linesAbout(String subject) {
        return em.createQuery("select e from AuditEntry e where e.subject = :subject order by e.id", AuditEntry.class)
                .setParameter("subject", subject).getResultStream()
                .map(e -> e.getAction() + " " + e.getActor() + " " + english(e.getDetail())).toList();
    }

    private static String english(String stored) {
        return stored == null ? "-" : accord.platform.control.Text.in(java.util.Locale.ENGLISH,
                () -> accord.platform.control.AuditWording.read(stored));
    }

    public boolean onPostgreSql() {
        try {
            return em.unwrap(java.sql.Connection.class).getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the database says to an update or delete of any line ("" if it let it happen). */
    public String tamper(String sql) {
        return em.createNativeQuery(sql).executeUpdate() + " rows changed";
    }
}

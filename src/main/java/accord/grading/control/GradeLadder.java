package accord.grading.control;

import accord.grading.entity.Grade;
import accord.organisation.control.GradeNames;
import accord.platform.control.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** The grade ladder, lowest level first. */
@ApplicationScoped
public class GradeLadder implements GradeNames {

    @PersistenceContext
    EntityManager em;

    public List<Grade> all() {
        return em.createQuery("select g from Grade g order by g.level", Grade.class).getResultList();
    }

    @Override
    public List<String> codes() {
        return all().stream().map(Grade::getCode).toList();
    }

    public Optional<Grade> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Grade.class, code));
    }

    /**
     * A grade's name in that language: the ladder's, else the bundle's {@code grade.<code>} for a
     * grade held but not on the ladder (the sales director's), else the code; "—" for none.
     */
    @Override
    public String nameOf(String code, Locale locale) {
        if (code == null) {
            return "—";
        }
        ResourceBundle names = ResourceBundle.getBundle(Text.BUNDLE, locale);
        return find(code).map(g -> g.name(locale))
                .orElseGet(() -> names.containsKey("grade." + code) ? names.getString("grade." + code) : code);
    }

    /** The grades above the given one, nearest first; all of them for a person without a grade on the ladder. */
    public List<Grade> above(String code) {
        int level = find(code).map(Grade::getLevel).orElse(0);
        return all().stream().filter(g -> g.getLevel() > level).toList();
    }
}

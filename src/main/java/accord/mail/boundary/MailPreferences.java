package accord.mail.boundary;

import accord.mail.entity.Delivery;
import accord.mail.entity.MailChoices;
import accord.mail.entity.MailKind;
import accord.platform.control.FieldRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;

/** Each person's own choice of how they hear of each kind of message, and their quiet hours. */
@ApplicationScoped
@Transactional
public class MailPreferences {

    @PersistenceContext
    EntityManager em;

    /** The person's choices, the defaults (mail now, no quiet hours) when they never chose. */
    public MailChoices of(String login) {
        MailChoices choices = em.find(MailChoices.class, login);
        return choices == null ? new MailChoices(login) : choices;
    }

    /** The person chooses for themselves; quiet hours are both hours or none, and not the same hour. */
    public void choose(String login, Map<MailKind, Delivery> deliveries, Integer quietFrom, Integer quietTo) {
        if ((quietFrom == null) != (quietTo == null)) {
            throw new FieldRefused(quietFrom == null ? "quietFrom" : "quietTo", "mail.refused.quietBoth");
        }
        if (quietFrom != null && quietFrom.equals(quietTo)) {
            throw new FieldRefused("quietTo", "mail.refused.quietSame");
        }
        MailChoices choices = em.find(MailChoices.class, login);
        if (choices == null) {
            choices = new MailChoices(login);
            em.persist(choices);
        }
        choices.choose(deliveries, quietFrom, quietTo);
    }
}

package accord.mail.boundary;

import accord.mail.entity.Delivery;
import accord.mail.entity.MailChoices;
import accord.mail.entity.MailKind;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.FieldRefused;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.omnifaces.util.Messages;

/** The mail part of *My settings*: per kind of message, mail now, the daily digest or the portal only; quiet hours. */
@Named
@ViewScoped
public class MailSettingsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One kind of message and how the person hears of it, as the form holds it. */
    public static class Choice implements Serializable {
        private static final long serialVersionUID = 1L;
        private final MailKind kind;
        private Delivery delivery;

        Choice(MailKind kind, Delivery delivery) {
            this.kind = kind;
            this.delivery = delivery;
        }

        public MailKind getKind() { return kind; }
        public Delivery getDelivery() { return delivery; }
        public void setDelivery(Delivery delivery) { this.delivery = delivery; }
    }

    @Inject
    CurrentPerson me;

    @Inject
    MailPreferences preferences;

    private List<Choice> choices;
    private Integer quietFrom;
    private Integer quietTo;

    @PostConstruct
    void load() {
        MailChoices mine = preferences.of(me.actor().login());
        choices = MailKind.choosable().stream().map(kind -> new Choice(kind, mine.deliveryOf(kind))).toList();
        quietFrom = mine.quietFrom();
        quietTo = mine.quietTo();
    }

    public String save() {
        Map<MailKind, Delivery> chosen = new EnumMap<>(MailKind.class);
        choices.forEach(c -> chosen.put(c.getKind(), c.getDelivery() == null ? Delivery.NOW : c.getDelivery()));
        try {
            preferences.choose(me.actor().login(), chosen, quietFrom, quietTo);
            Messages.addFlashGlobalInfo(Text.of("mail.settings.saved"));
            return "/settings?faces-redirect=true";
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside("mail-form", refused);
            return null;
        }
    }

    public List<Integer> getHours() { return IntStream.range(0, 24).boxed().toList(); }
    public Delivery[] getDeliveries() { return Delivery.values(); }
    public List<Choice> getChoices() { return choices; }
    public Integer getQuietFrom() { return quietFrom; }
    public void setQuietFrom(Integer quietFrom) { this.quietFrom = quietFrom; }
    public Integer getQuietTo() { return quietTo; }
    public void setQuietTo(Integer quietTo) { this.quietTo = quietTo; }
}

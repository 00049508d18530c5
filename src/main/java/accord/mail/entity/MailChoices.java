package accord.mail.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** How one person wants to hear of their work: per kind of message, and the hours no mail may wake them. */
@Entity
@Table(name = "mail_choices")
public class MailChoices {

    @Id
    @Column(length = 60)
    private String login;

    /** Quiet from this hour (0–23, the person's time zone) to {@link #quietTo}; none when null. */
    @Column(name = "quiet_from")
    private Integer quietFrom;

    @Column(name = "quiet_to")
    private Integer quietTo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mail_preference", joinColumns = @JoinColumn(name = "login"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "kind", length = 30)
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery", length = 12, nullable = false)
    private Map<MailKind, Delivery> deliveries = new HashMap<>();

    @Version
    private long version;

    protected MailChoices() {
        // for JPA
    }

    public MailChoices(String login) {
        this.login = Objects.requireNonNull(login);
    }

    /** Mail now unless the person chose otherwise. */
    public Delivery deliveryOf(MailKind kind) {
        return deliveries.getOrDefault(kind, Delivery.NOW);
    }

    public Map<MailKind, Delivery> deliveries() {
        Map<MailKind, Delivery> all = new EnumMap<>(MailKind.class);
        for (MailKind kind : MailKind.values()) {
            all.put(kind, deliveryOf(kind));
        }
        return all;
    }

    public void choose(Map<MailKind, Delivery> chosen, Integer from, Integer to) {
        if ((from == null) != (to == null) || (from != null && (from < 0 || from > 23 || to < 0 || to > 23 || from.equals(to)))) {
            throw new IllegalArgumentException("quiet hours " + from + "–" + to);
        }
        deliveries.clear();
        deliveries.putAll(chosen);
        this.quietFrom = from;
        this.quietTo = to;
    }

    public Integer quietFrom() {
        return quietFrom;
    }

    public Integer quietTo() {
        return quietTo;
    }

    /** When a mail written at this moment may go: now, or when the quiet hours it falls in end (over midnight too). */
    public ZonedDateTime mayGoAt(ZonedDateTime now) {
        if (quietFrom == null) {
            return now;
        }
        int hour = now.getHour();
        boolean quiet = quietFrom < quietTo ? hour >= quietFrom && hour < quietTo : hour >= quietFrom || hour < quietTo;
        if (!quiet) {
            return now;
        }
        ZonedDateTime end = now.withHour(quietTo).withMinute(0).withSecond(0).withNano(0);
        return end.isAfter(now) ? end : end.plusDays(1);
    }
}

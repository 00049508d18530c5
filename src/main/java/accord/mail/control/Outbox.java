package accord.mail.control;

import accord.calendar.control.WorkingCalendar;
import accord.mail.entity.Delivery;
import accord.mail.entity.MailChoices;
import accord.mail.entity.MailKind;
import accord.mail.entity.MailState;
import accord.mail.entity.OutboxMail;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.platform.control.Moments;
import accord.platform.control.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes a mail to the outbox in the caller's transaction (a step that rolls back writes none), in
 * the recipient's language and time zone, as they chose to hear of its kind: now (once their quiet
 * hours end), held for the day's digest, or not at all. The sender sends it after the commit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {

    /** Whom a mail is for, as the draft needs them: their language and time zone. */
    public record Reader(String login, Locale locale, ZoneId zone) {

        /** A moment as the reader reads it: their zone, their language's date format. */
        public String dateTime(Instant instant) {
            return Moments.dateTime(instant, locale, zone);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    WorkingCalendar calendar;

    /** Writes the mail the draft makes for this person; nothing for someone unknown or deactivated. */
    public Optional<OutboxMail> tell(String login, MailKind kind, Function<Reader, Draft> draft) {
        Optional<Employee> person = directory.employee(login).filter(Employee::isActive);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        MailChoices choices = Optional.ofNullable(em.find(MailChoices.class, login)).orElseGet(() -> new MailChoices(login));
        Delivery delivery = kind == MailKind.DIGEST ? Delivery.NOW : choices.deliveryOf(kind);
        if (delivery == Delivery.PORTAL) {
            return Optional.empty();
        }
        Employee recipient = person.get();
        Reader reader = readerOf(recipient);
        Locale locale = reader.locale();
        ZoneId zone = reader.zone();
        MailSettings settings = MailSettings.current();
        OutboxMail.Letter letter = Text.in(locale, () -> MailComposer.letter(draft.apply(reader), settings));
        String address = recipient.email() == null || recipient.email().isBlank() ? null : recipient.email().strip();
        MailState state = address == null ? MailState.NO_ADDRESS : delivery == Delivery.DIGEST ? MailState.HELD_FOR_DIGEST
                : settings.host().isEmpty() ? MailState.NO_SERVER : MailState.PENDING;
        Instant now = Instant.now();
        OutboxMail mail = new OutboxMail(login, address, locale.toLanguageTag(), kind, letter, state, now);
        if (state == MailState.PENDING && !kind.urgent()) {
            mail.notBefore(choices.mayGoAt(now.atZone(zone)).toInstant());
        }
        em.persist(mail);
        return Optional.of(mail);
    }

    /** The person as a mail to them is written: their language (else Chinese) and time zone (else the company's). */
    public Reader readerOf(Employee person) {
        Locale locale = person.language() == null ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(person.language());
        return new Reader(person.login(), locale, person.timeZone() == null ? calendar.zone() : ZoneId.of(person.timeZone()));
    }

    /** Takes back a mail written earlier in this transaction (the step changed its mind: a task went on to a deputy). */
    public void withdraw(OutboxMail mail) {
        em.remove(em.contains(mail) ? mail : em.merge(mail));
    }
}

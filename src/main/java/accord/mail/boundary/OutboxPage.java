package accord.mail.boundary;

import accord.mail.control.MailSettings;
import accord.mail.control.OutboxQueries;
import accord.mail.entity.MailState;
import accord.mail.entity.OutboxMail;
import accord.organisation.control.Directory;
import accord.security.boundary.CurrentPerson;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The outbox for ADMIN ({@code admin/outbox.xhtml}): every mail, newest first, by state, and one read as its recipient reads it. */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A mail as the list shows it. */
    public record Row(long id, String created, String recipient, String address, String subject, String language, MailState state,
            int attempts, String lastError, String sent) implements Serializable {
    }

    /** A mail opened to read: its subject, the HTML part shown as the recipient sees it, the plain part. */
    public record Reading(String subject, String language, String recipient, String html, String text) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    OutboxQueries queries;

    @Inject
    Directory directory;

    private MailState state;
    private Reading reading;
    private final Rows rows = new Rows(this);

    /** Each page is a query of its own; the model asks the page for its filter. */
    public static class Rows extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        private final OutboxPage page;

        Rows(OutboxPage page) {
            this.page = page;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) CDI.current().select(OutboxQueries.class).get().count(page.state);
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return CDI.current().select(OutboxQueries.class).get().page(page.state, first, pageSize).stream().map(page::row).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.id());
        }
    }

    Row row(OutboxMail m) {
        return new Row(m.getId(), me.dateTime(m.getCreatedAt()), directory.displayName(m.getRecipient()), m.getAddress(),
                m.getSubject(), m.getLanguage(), m.getState(), m.getAttempts(), m.getLastError(), m.getSentAt() == null ? null : me.dateTime(m.getSentAt()));
    }

    public void read(long id) {
        reading = queries.byId(id).map(m -> new Reading(m.getSubject(), m.getLanguage(), directory.displayName(m.getRecipient())
                + (m.getAddress() == null ? "" : " <" + m.getAddress() + ">"), m.getHtml(), m.getText())).orElse(null);
    }

    /** The SMTP server mails go to, or null when none is configured. */
    public String getServer() {
        MailSettings settings = MailSettings.current();
        return settings.host().map(host -> host + ":" + settings.port() + " (" + settings.security() + ")").orElse(null);
    }

    public MailState[] getStates() { return MailState.values(); }
    public MailState getState() { return state; }
    public void setState(MailState state) { this.state = state; }
    public Rows getRows() { return rows; }
    public Reading getReading() { return reading; }
}

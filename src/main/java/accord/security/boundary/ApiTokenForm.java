package accord.security.boundary;

import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.FieldRefused;
import accord.platform.control.Text;
import accord.security.control.ApiTokens;
import accord.security.entity.ApiToken;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * API tokens on My settings (the person's own) and under Administration (everyone's, issued for any
 * active person, e.g. a service account): issue one (shown once), see when each was last used,
 * revoke one.
 */
@Named
@ViewScoped
public class ApiTokenForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "token-form";

    /** A token as listed: never its secret. */
    public record Row(long id, String prefix, String owner, String label, String issuedBy, String issuedAt, String lastUsed,
            String revokedAt) implements Serializable {
    }

    /** A person to issue a token for. */
    public record Person(String login, String name) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    ApiTokens tokens;

    @Inject
    Directory directory;

    private boolean everyone;
    private List<Row> rows;
    private List<Person> people = List.of();
    private String owner;
    private String label;
    private String issued;

    @PostConstruct
    void load() {
        everyone = me.actor().admin() && Faces.getViewId().startsWith("/admin/");
        if (everyone && people.isEmpty()) {
            people = directory.everyone().stream().filter(Employee::isActive).sorted(Comparator.comparing(Employee::displayName))
                    .map(e -> new Person(e.login(), e.displayName() + " (" + e.login() + ")")).toList();
        }
        rows = (everyone ? tokens.all(me.actor()) : tokens.of(me.getLogin())).stream().map(this::row).toList();
    }

    private Row row(ApiToken token) {
        return new Row(token.getId(), token.getShownPrefix(), directory.displayName(token.getOwner()), token.getLabel(),
                directory.displayName(token.getIssuedBy()), me.dateTime(token.getIssuedAt()), when(token.getLastUsedAt()),
                token.getRevokedAt() == null ? null : me.dateTime(token.getRevokedAt()));
    }

    private String when(Instant at) {
        return at == null ? Text.of("apiToken.never") : me.dateTime(at);
    }

    public void issue() {
        try {
            issued = tokens.issue(me.actor(), everyone ? owner : me.getLogin(), label).token();
            label = null;
            load();
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside(FORM, refused);
        }
    }

    public void revoke(long id, String prefix) {
        try {
            tokens.revoke(me.actor(), id);
            Messages.addGlobalInfo(Text.of("apiToken.revokedDone", prefix));
            issued = null;
            load();
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside(FORM, refused);
        }
    }

    public boolean isEveryone() {
        return everyone;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Person> getPeople() {
        return people;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getIssued() {
        return issued;
    }
}

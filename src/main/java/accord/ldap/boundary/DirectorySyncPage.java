package accord.ldap.boundary;

import accord.ldap.control.LdapDirectory;
import accord.ldap.control.LdapSettings;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.FieldRefused;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.omnifaces.util.Messages;

/** The company's directory (ADMIN): its settings, whether it answers, the last synchronisation, and "sync now". */
@Named
@ViewScoped
public class DirectorySyncPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the settings as the page shows them. */
    public record Setting(String key, String value) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    DirectorySync sync;

    @Inject
    SyncRun run;

    @Inject
    LdapDirectory ldap;

    private boolean on;
    private boolean reachable;
    private List<Setting> settings = List.of();
    private String lastRun;
    private String lastOutcome;
    private List<String> lastNotes = List.of();
    private List<String> notes = List.of();

    public void load() {
        Optional<LdapSettings> current = LdapSettings.current();
        on = current.isPresent();
        current.ifPresent(s -> {
            reachable = ldap.reachable(s);
            settings = List.of(new Setting("accord.ldap.url", s.url()), new Setting("accord.ldap.user-base", s.userBase()),
                    new Setting("accord.ldap.user-filter", s.userFilter()), new Setting("accord.ldap.group-base", s.groupBase()),
                    new Setting("accord.ldap.group-roles", s.groupRoles().entrySet().stream()
                            .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(", "))),
                    new Setting("accord.ldap.sync-minutes", String.valueOf(s.syncEvery().toMinutes())));
        });
        run.last().filter(state -> state.finishedAt() != null).ifPresent(state -> {
            lastRun = me.dateTime(state.finishedAt()) + " · " + (SyncRun.BY.equals(state.startedBy())
                    ? Text.of("roles.by.directory") : state.startedBy());
            List<String> lines = List.of(state.outcome().split("\n"));
            lastOutcome = outcome(lines.get(0));
            lastNotes = lines.subList(1, lines.size()).stream().map(DirectorySyncPage::say).toList();
        });
    }

    public void syncNow() {
        try {
            SyncRun.Report report = sync.now(me.actor());
            notes = report.notes().stream().map(DirectorySyncPage::say).toList();
            if (report.reached()) {
                Messages.addGlobalInfo(Text.of("ldap.synced", report.departmentsAdded(), report.departmentsChanged(),
                        report.departmentsDeactivated(), report.peopleAdded(), report.peopleChanged(), report.peopleDeactivated()));
            } else {
                Messages.addGlobalError(Text.of("ldap.unreachable"));
            }
            load();
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside("sync", refused);
        }
    }

    /** "reached 3 0 0 3 4 0" or "unreached", as the reader reads it. */
    private static String outcome(String head) {
        String[] counts = head.split(" ");
        if (counts.length == 7 && counts[0].equals("reached")) {
            return Text.of("ldap.synced", (Object[]) java.util.Arrays.copyOfRange(counts, 1, 7));
        }
        return Text.of("ldap.unreachable");
    }

    /** A note "subject|key|key…" in the reader's words: the subject, then what happened to it. */
    static String say(String note) {
        String[] parts = note.split("\\|");
        if (parts.length < 2 || !Text.has(parts[1])) {
            return note;
        }
        Object[] details = java.util.Arrays.stream(parts, 2, parts.length).map(k -> Text.has(k) ? Text.of(k) : k).toArray();
        return parts[0] + ": " + Text.of(parts[1], details);
    }

    public List<String> getLastNotes() { return lastNotes; }
    public boolean isOn() { return on; }
    public boolean isReachable() { return reachable; }
    public List<Setting> getSettings() { return settings; }
    public String getLastRun() { return lastRun; }
    public String getLastOutcome() { return lastOutcome; }
    public List<String> getNotes() { return notes; }
}

package accord.ldap.boundary;

import accord.ldap.control.LdapDirectory;
import accord.ldap.control.LdapSettings;
import accord.ldap.entity.SyncState;
import accord.organisation.control.Actor;
import accord.organisation.control.DirectoryRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Keeps the portal's people and departments in step with the company's directory: reads it
 * (outside any transaction: the network may be slow) and applies what it read in one
 * ({@link SyncRun}). Run on a schedule ({@link SyncSchedule}) and by ADMIN ("sync now").
 */
@ApplicationScoped
public class DirectorySync {

    private static final Logger LOG = Logger.getLogger(DirectorySync.class.getName());

    @Inject
    LdapDirectory ldap;

    @Inject
    SyncRun run;

    /** ADMIN's "sync now". */
    public SyncRun.Report now(Actor admin) {
        if (!admin.admin()) {
            throw new DirectoryRefused(null, "ldap.refused.notAdmin");
        }
        LdapSettings settings = LdapSettings.current().orElseThrow(() -> new DirectoryRefused(null, "ldap.refused.off"));
        return sync(settings, admin.login());
    }

    /**
     * The scheduled run: only when LDAP is on, the schedule is ({@code accord.ldap.sync-minutes} &gt; 0),
     * and no node synchronised within that interval.
     */
    public Optional<SyncRun.Report> whenDue(Instant now) {
        Optional<LdapSettings> settings = LdapSettings.current();
        if (settings.isEmpty() || settings.get().syncEvery().isZero()) {
            return Optional.empty();
        }
        Optional<Instant> last = run.last().map(SyncState::finishedAt);
        if (last.isPresent() && last.get().plus(settings.get().syncEvery()).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(sync(settings.get(), SyncRun.BY));
    }

    private SyncRun.Report sync(LdapSettings settings, String by) {
        Instant started = Instant.now();
        try {
            LdapDirectory.Snapshot snapshot = ldap.read(settings);
            SyncRun.Report report = run.apply(snapshot, settings, by, started);
            LOG.info(() -> "Directory synchronised by " + by + ": " + report.summary());
            return report;
        } catch (LdapDirectory.Unavailable e) {
            LOG.warning(() -> "Directory not synchronised: " + e.getMessage());
            String note = LdapDirectory.note(settings.url(), "ldap.note.unreachable");
            run.unreached(by, started, note);
            return new SyncRun.Report(false, 0, 0, 0, 0, 0, 0, List.of(note));
        }
    }
}

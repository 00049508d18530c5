package accord.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.audit.AuditFixture;
import accord.calendar.control.WorkingCalendar;
import accord.complaint.ComplaintFixture;
import accord.complaint.control.ComplaintSla;
import accord.complaint.entity.Severity;
import accord.customer.entity.Tier;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.PlatformFixture;
import accord.platform.control.Text;
import accord.rules.boundary.RuleEditing;
import accord.rules.control.OwnedTable;
import accord.rules.control.RuleRefused;
import accord.rules.control.RuleTable;
import accord.rules.control.RuleVersions;
import accord.testing.Deployments;
import accord.testing.shared.SharedDeployment;
import accord.workflow.control.WorkflowDeployer;
import accord.workflow.control.WorkflowKeys;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.flowable.engine.RepositoryService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A decision table's round trip in the real container: its owner (and nobody else) edits the
 * complaint SLA, the draft is checked, shown on samples and replayed on real complaints, saved as a
 * new version that the complaints' own code then decides with, refused when stale or broken, and the
 * earlier version and the file's version restored. A changed file does not override the portal's edit.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class RulesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    RuleEditing editing;

    @Inject
    RuleVersions versions;

    @Inject
    ComplaintSla sla;

    @Inject
    WorkingCalendar calendar;

    @Inject
    ComplaintFixture complaints;

    @Inject
    PlatformFixture people;

    @Inject
    AuditFixture audit;

    @Inject
    Directory directory;

    @Inject
    WorkflowDeployer deployer;

    @Inject
    RepositoryService repository;

    private static final String KEY = WorkflowKeys.COMPLAINT_SLA;

    private static final Instant MONDAY = Instant.parse("2026-11-30T01:00:00Z");

    /** The working hours to resolve, as the complaints' own code counts them with the deciding version. */
    private long resolveHours(Severity severity, Tier tier) {
        Instant due = sla.from(MONDAY, severity, tier, calendar.workingTime()).resolveDue();
        for (long hours = 1; hours < 500; hours++) {
            if (!calendar.workingTime().plus(MONDAY, Duration.ofHours(hours)).isBefore(due)) {
                return hours;
            }
        }
        throw new AssertionError("no deadline");
    }

    @Test
    void theOwnerEditsChecksReplaysSavesAndRestoresTheSlaTable() throws Exception {
        String service = PlatformFixture.unique("CS");
        people.department(service, null);
        String head = people.member(service, Role.DEPT_HEAD, Role.CUSTOMER_SERVICE);
        String agent = people.member(service, Role.CUSTOMER_SERVICE);
        String hr = people.member("HR", Role.HR);
        var owner = directory.actor(head);

        assertEquals(List.of(KEY), editing.editable(owner).stream().map(OwnedTable::decisionKey).toList());
        assertEquals("rules.refused.notYours", assertThrows(RuleRefused.class, () -> editing.deciding(owner, WorkflowKeys.CUSTOMER_TIER))
                .messageKey());
        assertThrows(RuleRefused.class, () -> editing.deciding(directory.actor(hr), KEY));
        assertThrows(RuleRefused.class, () -> editing.deciding(directory.actor(agent), KEY));

        long before = resolveHours(Severity.MEDIUM, Tier.B);
        int from = versions.deciding(KEY).getVersion();
        RuleTable draft = Text.in(Locale.ENGLISH, () -> editing.deciding(owner, KEY));
        assertEquals("Complaint SLA", draft.getName());
        int mediumB = rowOf(draft, "\"MEDIUM\"", "\"B\"");
        assertEquals("72", draft.getRows().get(mediumB).getOutputs().get(1));

        // A real complaint of a tier B customer, registered now: the replay finds its earlier deadline.
        long customer = people.customer(Tier.B, "规则回放测试有限公司");
        String number = complaints.register(agent, customer).getNumber();
        draft.getRows().get(mediumB).getOutputs().set(1, "40");
        assertEquals(List.of(), editing.check(owner, KEY, draft));
        var samples = Text.in(Locale.ENGLISH, () -> editing.samples(owner, KEY, draft));
        assertEquals(1, samples.stream().filter(RuleEditing.Sample::differs).count(), samples.toString());
        assertTrue(samples.stream().anyMatch(s -> s.differs() && s.inputs().equals("Severity MEDIUM, Customer tier B")
                && s.running().contains("Resolve within (working hours) 72") && s.draft().contains("Resolve within (working hours) 40")),
                samples.toString());
        OwnedTable.Replay replay = Text.in(Locale.ENGLISH, () -> editing.replay(owner, KEY, draft));
        assertTrue(replay.changed().stream().anyMatch(c -> c.number().equals(number) && c.after().contains("resolve within 40 h")),
                replay.changed().toString());
        assertTrue(replay.findings().stream().anyMatch(f -> f.contains("would have had an earlier resolution deadline")),
                replay.findings().toString());

        assertEquals("reason", assertThrows(RuleRefused.class, () -> editing.save(owner, KEY, from, draft, " ")).field());
        int saved = editing.save(owner, KEY, from, draft, "Tier B customers get the A deadline this quarter");
        assertEquals(from + 1, saved);
        assertEquals(40, resolveHours(Severity.MEDIUM, Tier.B), "the complaints' own code decides with the new version");
        assertEquals(before, 72);
        assertEquals("rules.refused.meanwhile", assertThrows(RuleRefused.class,
                () -> editing.save(owner, KEY, from, draft, "again")).messageKey(), "edited from a version no longer deciding");

        RuleTable broken = editing.deciding(owner, KEY);
        broken.removeRow(rowOf(broken, "\"LOW\"", "\"C\""));
        assertEquals("rules.refused.problems", assertThrows(RuleRefused.class,
                () -> editing.save(owner, KEY, saved, broken, "drop a row")).messageKey());

        // A developer's change to the file meets the portal's edit: the edit stays until the owner adopts the file.
        byte[] changedFile = new String(versions.file("complaint-sla.dmn"), StandardCharsets.UTF_8)
                .replace("<text>80</text>", "<text>88</text>").getBytes(StandardCharsets.UTF_8);
        assertNull(deployer.deploy(repository, "complaint-sla.dmn", new ByteArrayInputStream(changedFile)));
        assertEquals(saved, versions.deciding(KEY).getVersion());
        assertEquals(40, resolveHours(Severity.MEDIUM, Tier.B));

        // Back to the earlier version, then to the file's.
        String earlier = versions.of(KEY).stream().filter(v -> v.version() == from).findFirst().orElseThrow().decisionId();
        assertEquals(saved + 1, editing.restore(owner, KEY, earlier, "The quarter is over"));
        assertEquals(72, resolveHours(Severity.MEDIUM, Tier.B));
        assertEquals(saved + 2, editing.restore(owner, KEY, null, "As shipped"));
        assertEquals(72, resolveHours(Severity.MEDIUM, Tier.B));
        var listed = versions.of(KEY);
        assertEquals(saved + 2, listed.get(0).version());
        assertTrue(listed.get(0).deciding() && listed.get(0).fromPortal() && listed.get(0).restored() == 0);
        assertEquals(Integer.valueOf(from), listed.get(1).restored());
        List<String> lines = audit.linesAbout(KEY);
        assertEquals(List.of("RULE_EDITED " + head + " version " + saved + ": Tier B customers get the A deadline this quarter",
                "RULE_RESTORED " + head + " version " + (saved + 1) + ", the same as version " + from + ": The quarter is over",
                "RULE_RESTORED " + head + " version " + (saved + 2) + ", the same as the file: As shipped"),
                lines.subList(lines.size() - 3, lines.size()));
    }

    private static int rowOf(RuleTable table, String severity, String tier) {
        for (int r = 0; r < table.getRows().size(); r++) {
            var conditions = table.getRows().get(r).getConditions();
            if (conditions.get(0).equals(severity) && conditions.get(1).equals(tier)) {
                return r;
            }
        }
        throw new AssertionError("no row " + severity + " " + tier);
    }
}

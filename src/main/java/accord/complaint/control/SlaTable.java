package accord.complaint.control;

import accord.calendar.control.WorkingCalendar;
import accord.calendar.control.WorkingTime;
import accord.complaint.entity.Complaint;
import accord.complaint.entity.ComplaintStatus;
import accord.complaint.entity.Severity;
import accord.customer.entity.Tier;
import accord.organisation.control.Actor;
import accord.organisation.entity.Role;
import accord.platform.control.Text;
import accord.rules.control.OwnedTable;
import accord.rules.control.Results;
import accord.rules.control.TableCheck;
import accord.workflow.control.WorkflowKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The complaint SLA table as its owner edits it: the head of customer service (or ADMIN); replayed on
 * the complaints registered since, their deadlines counted again from registration with the running
 * table and with the draft: how many would have had an earlier or a later resolution deadline, and
 * how many of those closed would then have been late or on time.
 */
@ApplicationScoped
public class SlaTable implements OwnedTable {

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingCalendar calendar;

    @Override
    public String decisionKey() {
        return WorkflowKeys.COMPLAINT_SLA;
    }

    @Override
    public String file() {
        return "complaint-sla.dmn";
    }

    @Override
    public boolean mayEdit(Actor actor) {
        return actor.admin() || actor.isIn(Role.DEPT_HEAD.name()) && actor.isIn(Role.CUSTOMER_SERVICE.name());
    }

    @Override
    public TableCheck.Domains domains() {
        return new TableCheck.Domains(Map.of("severity", Arrays.stream(Severity.values()).map(Enum::name).toList(),
                "tier", Arrays.stream(Tier.values()).map(Enum::name).toList()), Map.of(), Map.of());
    }

    @Override
    public String valueLabel(String column, String code) {
        return Text.has(column + "." + code) ? Text.of(column + "." + code) : null;
    }

    @Override
    public List<Map<String, Object>> samples() {
        List<Map<String, Object>> samples = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            for (Tier tier : Tier.values()) {
                samples.add(ComplaintSla.inputs(severity, tier));
            }
        }
        return samples;
    }

    @Override
    public Replay replay(Evaluator running, Evaluator draft, Instant since) {
        List<Complaint> complaints = em.createQuery("select c from Complaint c join fetch c.customer where c.registeredAt >= :since"
                + " and c.status <> :cancelled order by c.registeredAt", Complaint.class)
                .setParameter("since", accord.platform.entity.UtcTime.utc(since))
                .setParameter("cancelled", ComplaintStatus.CANCELLED).getResultList();
        WorkingTime workingTime = calendar.workingTime();
        int earlier = 0;
        int lateThen = 0;
        int later = 0;
        int onTimeThen = 0;
        List<Changed> changed = new ArrayList<>();
        for (Complaint c : complaints) {
            Map<String, Object> inputs = ComplaintSla.inputs(c.getSeverity(), c.getCustomer().tier());
            List<Map<String, Object>> before = running.evaluate(inputs);
            List<Map<String, Object>> after = draft.evaluate(inputs);
            if (after.isEmpty()) {
                changed.add(new Changed(c.getNumber(), link(c), hours(before), Text.of("rules.sample.none")));
                continue;
            }
            Instant was = ComplaintSla.deadlines(c.getRegisteredAt(), c.getSeverity(), c.getCustomer().tier(), workingTime,
                    before.get(0)).resolveDue();
            Instant would = ComplaintSla.deadlines(c.getRegisteredAt(), c.getSeverity(), c.getCustomer().tier(), workingTime,
                    after.get(0)).resolveDue();
            if (would.equals(was)) {
                continue;
            }
            Instant closed = c.getStatus() == ComplaintStatus.CLOSED ? c.getClosedAt() : null;
            if (would.isBefore(was)) {
                earlier++;
                lateThen += closed != null && closed.isAfter(would) ? 1 : 0;
            } else {
                later++;
                onTimeThen += closed != null && closed.isAfter(was) && !closed.isAfter(would) ? 1 : 0;
            }
            changed.add(new Changed(c.getNumber(), link(c), hours(before), hours(after)));
        }
        List<String> findings = new ArrayList<>();
        if (earlier > 0) {
            findings.add(Text.of("rules.replay.sla.earlier", earlier, lateThen));
        }
        if (later > 0) {
            findings.add(Text.of("rules.replay.sla.later", later, onTimeThen));
        }
        return new Replay(complaints.size(), findings, changed);
    }

    private static String link(Complaint complaint) {
        return "/complaints/view.xhtml?number=" + complaint.getNumber();
    }

    private static String hours(List<Map<String, Object>> result) {
        return result.isEmpty() ? Text.of("rules.sample.none")
                : Text.of("rules.replay.sla.hours", Results.value(result.get(0).get("respondHours")),
                        Results.value(result.get(0).get("resolveHours")));
    }
}

package accord.handoff.boundary;

import accord.calendar.control.WorkingCalendar;
import accord.handoff.control.PendingApprovals;
import accord.handoff.control.Workload;
import accord.handoff.entity.Handoff;
import accord.organisation.control.Directory;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;

/**
 * The requests waiting for the person's decision (as head, deputy or escalation), with an assignee
 * proposed per row (the least loaded member) and bulk approve or bulk reject with one reason.
 * Each row is decided on its own (BulkDecisions).
 */
@Named
@ViewScoped
public class ApprovalsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A pending request and the assignee chosen for it. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;

        private final String taskId;
        private final HandoffFacts facts;
        private final List<Workload.Member> members;
        private final boolean escalated;
        private String assignee;

        Row(String taskId, HandoffFacts facts, List<Workload.Member> members, boolean escalated) {
            this.taskId = taskId;
            this.facts = facts;
            this.members = members;
            this.escalated = escalated;
            this.assignee = members.isEmpty() ? null : members.get(0).login();
        }

        public String getTaskId() {
            return taskId;
        }

        public HandoffFacts getFacts() {
            return facts;
        }

        public List<Workload.Member> getMembers() {
            return members;
        }

        public boolean isEscalated() {
            return escalated;
        }

        public String getAssignee() {
            return assignee;
        }

        public void setAssignee(String assignee) {
            this.assignee = assignee;
        }
    }

    @Inject
    CurrentPerson me;

    @Inject
    PendingApprovals pending;

    @Inject
    BulkDecisions bulk;

    @Inject
    Workload workload;

    @Inject
    Directory directory;

    @Inject
    WorkingCalendar calendar;

    private List<Row> rows = List.of();
    private List<Row> selected = new ArrayList<>();
    private String rejectReason;

    public void load() {
        LocalDate today = LocalDate.now(calendar.zone());
        Map<String, List<Workload.Member>> membersOf = new HashMap<>();
        rows = pending.of(me.getLogin()).stream().map(p -> {
            Handoff h = p.handoff();
            List<Workload.Member> members = membersOf.computeIfAbsent(h.getTargetDepartment(), code -> workload.of(code, today));
            return new Row(p.taskId(), HandoffFacts.of(h, directory, me.getLocale(), calendar.zone()), members,
                    p.escalated());
        }).toList();
        selected = new ArrayList<>();
    }

    public void approveSelected() {
        finish("handoff.bulk.approved", bulk.approve(me.actor(),
                selected.stream().map(row -> new BulkDecisions.Choice(row.taskId, row.assignee)).toList()));
    }

    public void rejectSelected() {
        if (rejectReason == null || rejectReason.isBlank()) {
            Messages.addError("approvals:rejectReason", Text.of("handoff.refused.rejectReason"));
            return;
        }
        finish("handoff.bulk.rejected", bulk.reject(me.actor(), selected.stream().map(row -> row.taskId).toList(), rejectReason));
        rejectReason = null;
    }

    private void finish(String key, List<BulkDecisions.Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            Messages.addGlobalWarn(Text.of("handoff.bulk.noneSelected"));
            return;
        }
        for (BulkDecisions.Outcome outcome : outcomes) {
            if (!outcome.done()) {
                String number = rows.stream().filter(r -> r.taskId.equals(outcome.taskId())).map(r -> r.facts.number())
                        .findFirst().orElse("");
                Messages.addGlobalError(number + ": " + Text.of(outcome.messageKey(), outcome.arguments()));
            }
        }
        Messages.addGlobalInfo(Text.of(key, outcomes.stream().filter(BulkDecisions.Outcome::done).count(), outcomes.size()));
        load();
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Row> getSelected() {
        return selected;
    }

    public void setSelected(List<Row> selected) {
        this.selected = selected;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }
}

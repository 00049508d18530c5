package accord.handoff.boundary;

import accord.handoff.entity.Handoff;
import accord.organisation.control.Directory;
import accord.platform.control.Text;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** A handoff as its pages show it, in the person's language. */
public record HandoffFacts(long id, String number, String subject, String details, String kind, String status,
        boolean open, String requester, String requesterDepartment, String targetDepartment, String customer,
        String complaintNumber, List<String> criteria, LocalDate neededBy, LocalDate promisedBy, String priority,
        String assignee, String deliverable, int sendBackCount, Integer rating, boolean late, String endReason,
        Boolean promiseHeld, String processInstanceId) implements Serializable {

    public static HandoffFacts of(Handoff h, Directory directory, Locale locale, ZoneId zone) {
        LocalDate today = LocalDate.now(zone);
        LocalDate due = h.getPromisedBy() == null ? h.getNeededBy() : h.getPromisedBy();
        boolean late = h.isBreached() || (h.getStatus().isOpen() && h.getDeliveredAt() == null && due.isBefore(today));
        return new HandoffFacts(h.getId(), h.getNumber(), h.getSubject(), h.getDetails(),
                Text.of("handoff.kind." + h.getKind().name()), Text.of("handoff.status." + h.getStatus().name()),
                h.getStatus().isOpen(), directory.displayName(h.getRequester()),
                department(directory, h.getRequesterDepartment(), locale), department(directory, h.getTargetDepartment(), locale),
                h.getCustomer() == null ? null : h.getCustomer().name() + " (" + h.getCustomer().code() + ")",
                h.getComplaint() == null ? null : h.getComplaint().getNumber(), h.criteria(), h.getNeededBy(),
                h.getPromisedBy(), Text.of("handoff.priority." + h.getPriority().name()),
                h.getAssignee() == null ? null : directory.displayName(h.getAssignee()), h.getDeliverable(),
                h.getSendBackCount(), h.getRating(), late, h.getEndReason(), h.promiseHeld(zone), h.getProcessInstanceId());
    }

    static String department(Directory directory, String code, Locale locale) {
        return directory.department(code).map(d -> d.name(locale)).orElse(code);
    }
}

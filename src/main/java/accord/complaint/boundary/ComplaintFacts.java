package accord.complaint.boundary;

import accord.complaint.entity.Category;
import accord.complaint.entity.Complaint;
import accord.complaint.entity.Severity;
import accord.inbox.control.DueText;
import accord.platform.control.Text;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Stream;

/** A complaint as its pages show it, in the person's language, its SLA clock as of now. */
public record ComplaintFacts(long id, String number, String customer, String tier, String contact, String channel,
        Category category, Severity severity, String subject, String description, String orderNumber,
        String status, String responseDue, String resolveDue, int reopenCount, String resolution,
        String processInstanceId, boolean late, Integer satisfaction) implements Serializable {

    public static ComplaintFacts of(Complaint c, Locale locale, Instant now) {
        String contact = String.join(" · ", Stream.of(c.getContactName(), c.getContactPhone(), c.getContactEmail())
                .filter(s -> s != null && !s.isBlank()).toList());
        String resolveClock = !c.getStatus().isOpen() ? ""
                : c.getPausedAt() != null ? Text.of("complaint.clockPaused") : DueText.of(c.getResolveDue(), now, locale);
        return new ComplaintFacts(c.getId(), c.getNumber(), c.getCustomer().name() + " (" + c.getCustomer().code() + ")",
                Text.of("tier." + c.getCustomer().tier().name()), contact, Text.of("channel." + c.getChannel().name()),
                c.getCategory(), c.getSeverity(), c.getSubject(), c.getDescription(), c.getOrderNumber(),
                Text.of("complaint.status." + c.getStatus().name()),
                c.getRespondedAt() != null ? "" : DueText.of(c.getResponseDue(), now, locale),
                resolveClock, c.getReopenCount(), c.getResolution(), c.getProcessInstanceId(), c.isLate(now),
                c.getSatisfaction());
    }
}

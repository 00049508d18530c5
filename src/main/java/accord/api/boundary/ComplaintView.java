package accord.api.boundary;

import java.time.Instant;
import java.util.List;

/** A complaint as the API shows it: where it stands, its open steps and deadlines, and its page in the portal. */
public record ComplaintView(String number, String status, String customerCode, String customerName, String channel, String category,
        String severity, String subject, Instant registeredAt, Instant responseDue, Instant resolveDue, List<Step> openSteps,
        String url) {

    /** An open step: its key, its name in the caller's language, who holds it (none: offered to a team), and by when. */
    public record Step(String step, String name, String assignee, Instant due) {
    }
}

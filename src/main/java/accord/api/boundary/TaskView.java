package accord.api.boundary;

import java.time.Instant;

/** An open task as the API lists it, with its page in the portal; on hold while operations has suspended its case. */
public record TaskView(String id, String step, String name, String process, String caseNumber, String assignee, Instant created,
        Instant due, int priority, boolean onHold, String url) {
}

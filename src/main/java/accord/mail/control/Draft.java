package accord.mail.control;

import java.util.List;

/**
 * What a mail says, in its recipient's language: the subject, a first sentence, the facts (case,
 * customer, what is asked, by when) and the page it leads to, with the button's words; a meeting's
 * mail also its calendar entry ({@link CalendarEntry}); a simple decision's mail its decision
 * buttons ({@link DecisionLinks}).
 */
public record Draft(String subject, String intro, List<Fact> facts, String action, String path, String calendar,
        List<Button> decisions) {

    /** A mail without a calendar entry. */
    public Draft(String subject, String intro, List<Fact> facts, String action, String path) {
        this(subject, intro, facts, action, path, null);
    }

    /** A mail without decision buttons. */
    public Draft(String subject, String intro, List<Fact> facts, String action, String path, String calendar) {
        this(subject, intro, facts, action, path, calendar, List.of());
    }

    /** The same mail with these decision buttons. */
    public Draft with(List<Button> buttons) {
        return new Draft(subject, intro, facts, action, path, calendar, List.copyOf(buttons));
    }

    /** One line of facts: a label and its value, both as the recipient reads them, and a page the value links to, if any. */
    public record Fact(String label, String value, String path) {

        public Fact(String label, String value) {
            this(label, value, null);
        }
    }

    /** A decision button: its words and the portal page (with the link's token) it opens. */
    public record Button(String label, String path) {
    }
}

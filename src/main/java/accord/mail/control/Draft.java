package accord.mail.control;

import java.util.List;

/**
 * What a mail says, in its recipient's language: the subject, a first sentence, the facts (case,
 * customer, what is asked, by when) and the page it leads to, with the button's words; a meeting's
 * mail also its calendar entry ({@link CalendarEntry}).
 */
public record Draft(String subject, String intro, List<Fact> facts, String action, String path, String calendar) {

    /** A mail without a calendar entry. */
    public Draft(String subject, String intro, List<Fact> facts, String action, String path) {
        this(subject, intro, facts, action, path, null);
    }

    /** One line of facts: a label and its value, both as the recipient reads them, and a page the value links to, if any. */
    public record Fact(String label, String value, String path) {

        public Fact(String label, String value) {
            this(label, value, null);
        }
    }
}

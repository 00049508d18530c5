package accord.mail.control;

import accord.mail.entity.OutboxMail;
import accord.platform.control.Text;
import java.util.stream.Collectors;

/**
 * A draft as a mail: a plain-text part and an HTML part with the same content, every word from the
 * draft escaped (what people typed goes into the HTML as text, never as markup), and the link to the
 * exact portal page; decision buttons, if any, before it.
 */
public final class MailComposer {

    private MailComposer() {
    }

    /** Composes in the language set by {@link Text#in} around the call. */
    public static OutboxMail.Letter letter(Draft draft, MailSettings settings) {
        String link = draft.path() == null ? null : settings.link(draft.path());
        String footer = Text.of("mail.footer");
        StringBuilder text = new StringBuilder(draft.intro()).append("\n\n");
        draft.facts().forEach(f -> text.append(f.label()).append(": ").append(f.value())
                .append(f.path() == null ? "" : " <" + settings.link(f.path()) + ">").append('\n'));
        draft.decisions().forEach(d -> text.append('\n').append(d.label()).append(": ").append(settings.link(d.path())).append('\n'));
        if (link != null) {
            text.append('\n').append(draft.action()).append(": ").append(link).append('\n');
        }
        text.append("\n-- \n").append(footer).append('\n');
        String rows = draft.facts().stream().map(f -> "<tr><th style=\"text-align:left;padding:2px 12px 2px 0;color:#555;"
                + "font-weight:normal\">" + escape(f.label()) + "</th><td style=\"padding:2px 0\">" + value(f, settings) + "</td></tr>")
                .collect(Collectors.joining());
        String button = link == null ? "" : "<p><a href=\"" + escape(link) + "\" style=\"display:inline-block;padding:8px 16px;"
                + "background:#1565c0;color:#fff;text-decoration:none;border-radius:4px\">" + escape(draft.action()) + "</a></p>";
        String decisions = draft.decisions().isEmpty() ? "" : "<p>" + draft.decisions().stream().map(d -> "<a href=\""
                + escape(settings.link(d.path())) + "\" style=\"display:inline-block;margin-right:8px;padding:8px 16px;border:1px solid #1565c0;"
                + "color:#1565c0;text-decoration:none;border-radius:4px\">" + escape(d.label()) + "</a>").collect(Collectors.joining()) + "</p>";
        String html = "<!DOCTYPE html><html lang=\"" + Text.language() + "\"><head><meta charset=\"UTF-8\"><title>"
                + escape(draft.subject()) + "</title></head><body style=\"font-family:sans-serif;font-size:14px;color:#222\">"
                + "<p>" + escape(draft.intro()) + "</p><table>" + rows + "</table>" + decisions + button
                + "<p style=\"color:#777;font-size:12px\">" + escape(footer) + "</p></body></html>";
        // A subject is one header line: line breaks typed into a case's subject must not start another header.
        String subject = draft.subject().replaceAll("[\\r\\n\\t]+", " ").strip();
        return new OutboxMail.Letter(subject.length() > 400 ? subject.substring(0, 399) + "…" : subject, text.toString(), html, link,
                draft.calendar());
    }

    private static String value(Draft.Fact fact, MailSettings settings) {
        return fact.path() == null ? escape(fact.value())
                : "<a href=\"" + escape(settings.link(fact.path())) + "\">" + escape(fact.value()) + "</a>";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}

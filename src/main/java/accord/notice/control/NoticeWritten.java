package accord.notice.control;

/**
 * A notice was written (fired in its transaction): other channels (mail) may tell the person too,
 * so that the notice component names none of them. The text is the bundle key and its arguments.
 */
public record NoticeWritten(String recipient, String messageKey, String link, String[] arguments) {
}

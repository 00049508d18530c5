package accord.platform.control;

/** What people type: blank means nothing, and surrounding spaces are not part of it. */
public final class Input {

    private Input() {
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The text without surrounding spaces, or null when nothing was typed. */
    public static String stripped(String text) {
        return blank(text) ? null : text.strip();
    }
}

package accord.platform.control;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Messages from the portal's resource bundle in the current view's language. */
public final class Text {

    public static final String BUNDLE = "accord.i18n.messages";

    private Text() {
    }

    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, locale()).containsKey(key);
    }

    /** The current view's language ("zh" or "en"). */
    public static String language() {
        return locale().getLanguage();
    }

    /** A language set for work outside a page (a mail in its recipient's language), on this thread. */
    private static final ThreadLocal<Locale> OUTSIDE_A_PAGE = new ThreadLocal<>();

    /** Does the work with every message in this language (a mail to someone, whatever page or thread asks). */
    public static <T> T in(Locale language, java.util.function.Supplier<T> work) {
        Locale before = OUTSIDE_A_PAGE.get();
        OUTSIDE_A_PAGE.set(language);
        try {
            return work.get();
        } finally {
            if (before == null) {
                OUTSIDE_A_PAGE.remove();
            } else {
                OUTSIDE_A_PAGE.set(before);
            }
        }
    }

    private static Locale locale() {
        Locale set = OUTSIDE_A_PAGE.get();
        if (set != null) {
            return set;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.SIMPLIFIED_CHINESE;
    }

    public static String of(String key, Object... arguments) {
        Locale locale = locale();
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}

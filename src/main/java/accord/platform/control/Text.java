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

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.SIMPLIFIED_CHINESE;
    }

    public static String of(String key, Object... arguments) {
        Locale locale = locale();
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}

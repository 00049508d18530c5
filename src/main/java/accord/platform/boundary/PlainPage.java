package accord.platform.boundary;

import accord.platform.control.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * A page written without Faces, for answers given where Faces cannot run (a body too large to read,
 * the database away): in the person's language, with the portal's style sheet (a static file), and
 * no script.
 */
public final class PlainPage {

    private PlainPage() {
    }

    /**
     * Writes the page with this status; its title and text are the bundle's {@code <key>.title}
     * and {@code <key>.text}.
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String id, String key)
            throws IOException {
        Locale language = Languages.of(request);
        String title = Text.in(language, () -> Text.of(key + ".title"));
        String text = Text.in(language, () -> Text.of(key + ".text"));
        String back = Text.in(language, () -> Text.of("error.back"));
        String app = Text.in(language, () -> Text.of("app.name"));
        String root = request.getContextPath();
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + language.toLanguageTag() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + " · " + app + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + root + "/resources/accord/accord.css\"></head>"
                + "<body class=\"accord public\"><main class=\"public-card\"><div class=\"brand-large\">" + app + "</div>"
                + "<h1 id=\"" + id + "\">" + title + "</h1><p>" + text + "</p><p><a href=\"" + root + "/\">" + back + "</a></p>"
                + "</main></body></html>");
    }
}

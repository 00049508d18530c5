package accord.api.boundary;

import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** Who calls the API in this request (the owner of its token) and in which language they read errors. */
@RequestScoped
public class ApiCaller {

    @Inject
    HttpServletRequest request;

    @Inject
    Directory directory;

    private Actor actor;

    public Actor actor() {
        if (actor == null) {
            actor = directory.actor(request.getUserPrincipal().getName());
        }
        return actor;
    }

    /** Chinese when the caller asks for it first, else English. */
    public Locale locale() {
        return locale(request.getHeader("Accept-Language"));
    }

    static Locale locale(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.SIMPLIFIED_CHINESE
                : Locale.ENGLISH;
    }
}

package accord.security.boundary;

import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.platform.boundary.Languages;
import accord.security.control.ZoneNames;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.security.Principal;
import java.time.ZoneId;
import java.util.Locale;
import org.omnifaces.util.Faces;

/**
 * The person using this session: who they are and which language the portal speaks to them.
 * Before sign-in only the language is known (the browser's, or the one picked on the login page).
 */
@Named("me")
@SessionScoped
public class CurrentPerson implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ONE_YEAR_IN_SECONDS = 365 * 24 * 3600;

    // Transient: a replicated session arrives without it and looks it up again (CDI.current() is
    // slow in Payara, so not on every call).
    @Inject
    transient SecurityContext securityContext;

    @Inject
    ActingPerson actingPerson;

    @Inject
    Directory directory;

    @Inject
    Preferences preferences;

    private String login;
    private String displayName;
    private String departmentCode;
    private Long employeeId;
    private Locale locale;
    private ZoneId zone;

    private SecurityContext securityContext() {
        if (securityContext == null) {
            securityContext = CDI.current().select(SecurityContext.class).get();
        }
        return securityContext;
    }

    /** Reads the person from the directory once per sign-in. */
    private void refresh() {
        Principal caller = securityContext().getCallerPrincipal();
        String name = caller == null ? null : caller.getName();
        if (name == null || name.equals(login)) {
            return;
        }
        Employee employee = directory.employee(name).orElseThrow();
        login = employee.login();
        displayName = employee.displayName();
        departmentCode = employee.department().code();
        employeeId = employee.id();
        zone = employee.timeZone() == null ? null : ZoneId.of(employee.timeZone());
        // Reading never writes: a person who never chose keeps the language of this browser until they do.
        if (employee.language() != null) {
            locale = Locale.forLanguageTag(employee.language());
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && !faces.getExternalContext().isResponseCommitted()) {
            HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
            SignIn.markSignedIn(response);
            response.addCookie(languageCookie());
        }
    }

    public boolean isSignedIn() {
        refresh();
        return login != null;
    }

    public String getLogin() {
        refresh();
        return login;
    }

    public String getDisplayName() {
        refresh();
        return displayName;
    }

    public String getDepartmentCode() {
        refresh();
        return departmentCode;
    }

    public Long getEmployeeId() {
        refresh();
        return employeeId;
    }

    public Locale getLocale() {
        refresh();
        if (locale == null) {
            String remembered = Faces.getRequestCookie(Languages.COOKIE);
            locale = remembered != null ? bestMatch(Locale.forLanguageTag(remembered))
                    : bestMatch(FacesContext.getCurrentInstance().getExternalContext().getRequestLocale());
        }
        return locale;
    }

    /** The person as a workflow actor, read from the directory once per request (roles and headships may change). */
    public Actor actor() {
        return actingPerson.of(getLogin());
    }

    /** A moment as this person reads it: medium date, short time, in their language and time zone. */
    public String dateTime(java.time.Instant instant) {
        return accord.platform.control.Moments.dateTime(instant, getLocale(), zone());
    }

    /**
     * The person's time zone: their own choice, else the company's (where deadlines, office hours and
     * "today" of the rules are counted), never the server's.
     */
    public ZoneId zone() {
        refresh();
        return zone != null ? zone : ZoneNames.business();
    }

    /** The zone's name in the person's language ("中国时间", "China Time"). */
    public String getZoneName() {
        return ZoneNames.name(zone(), getLocale());
    }

    /** The zones the person can pick, in their language. */
    public java.util.List<ZoneNames.Choice> getZones() {
        return ZoneNames.offered(getLocale());
    }

    /** Takes a new time zone for this session and stores it for the person. */
    public void chooseZone(ZoneId chosen) {
        zone = chosen;
        if (isSignedIn()) {
            preferences.chooseTimeZone(login, chosen.getId());
        }
    }

    /** The time zone id, for f:convertDateTime. */
    public String getTimeZone() {
        return zone().getId();
    }

    public boolean isChinese() {
        return "zh".equals(getLocale().getLanguage());
    }

    /** Switches the portal language and remembers it for the signed-in person and on this browser. */
    public void choose(Locale requested, HttpServletResponse response) {
        locale = bestMatch(requested);
        if (isSignedIn()) {
            preferences.chooseLanguage(login, locale.toLanguageTag());
        }
        response.addCookie(languageCookie());
    }

    /** The login page speaks the language last used on this browser, also after sign-out. */
    public Cookie languageCookie() {
        return PortalCookies.of(Languages.COOKIE, getLocale().toLanguageTag(), ONE_YEAR_IN_SECONDS);
    }

    static Locale bestMatch(Locale requested) {
        if (requested != null && "en".equals(requested.getLanguage())) {
            return Locale.ENGLISH;
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}

package accord.security.boundary;

import accord.organisation.control.Directory;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.FieldRefused;
import accord.platform.control.Text;
import accord.security.control.PasswordRules;
import accord.security.control.ZoneNames;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Locale;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** My settings: the person's language, time zone and password. */
@Named
@ViewScoped
public class SettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/settings?faces-redirect=true";

    @Inject
    CurrentPerson me;

    @Inject
    Accounts accounts;

    @Inject
    Directory directory;

    private String language;
    private String zone;
    private String current;
    private String next;
    private String repeat;

    private boolean passwordHere = true;

    public void load() {
        language = me.isChinese() ? "zh-CN" : "en";
        zone = me.getTimeZone();
        passwordHere = directory.employee(me.getLogin()).map(e -> !e.isKeptByDirectory()).orElse(true);
    }

    /** A password the company's directory keeps is changed there, not here. */
    public boolean isPasswordHere() {
        return passwordHere;
    }

    public String saveLanguage() {
        me.choose(Locale.forLanguageTag(language), (HttpServletResponse) Faces.getResponse());
        Messages.addFlashGlobalInfo(Text.of("settings.saved"));
        return PAGE;
    }

    public String saveZone() {
        if (!ZoneNames.isOffered(zone)) {
            Messages.addError("zone-form:zone", Text.of("settings.refused.zone"));
            return null;
        }
        me.chooseZone(ZoneId.of(zone));
        Messages.addFlashGlobalInfo(Text.of("settings.saved"));
        return PAGE;
    }

    /** The new password counts at once: this session stays signed in, the person's other sessions end. */
    public String changePassword() {
        try {
            String stamp = accounts.changeOwn(me.getLogin(), current, next, repeat);
            PortalAuthentication.keepSignedIn((HttpServletRequest) Faces.getRequest(), stamp);
            Messages.addFlashGlobalInfo(Text.of("password.changed"));
            return PAGE;
        } catch (FieldRefused refused) {
            current = null;
            next = null;
            repeat = null;
            RefusalMessages.sayBeside("password-form", refused);
            return null;
        }
    }

    /** Must the person choose a new password before anything else (a reset, the demo's shared password)? */
    public boolean isChangeRequired() {
        return Faces.getRequestAttribute(PortalAuthentication.MUST_CHANGE_PASSWORD) != null;
    }

    public int getMinimumLength() {
        return PasswordRules.MINIMUM_LENGTH;
    }

    public int getMaximumLength() {
        return PasswordRules.MAXIMUM_LENGTH;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}

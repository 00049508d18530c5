package accord.setup.boundary;

import accord.platform.boundary.RefusalMessages;
import accord.platform.control.FieldRefused;
import accord.platform.control.Text;
import accord.security.control.PasswordRules;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The setup page: the first department and its administrator, with the token from the server log. */
@Named
@ViewScoped
public class SetupPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Setup setup;

    private String token;
    private String departmentCode;
    private String departmentNameZh;
    private String departmentNameEn;
    private String login;
    private String displayName;
    private String email;
    private String password;
    private String repeat;

    /** Once an administrator exists there is nothing to set up: to the home page (or sign-in first). */
    public void load() throws IOException {
        if (!setup.isPending()) {
            Faces.redirect(Faces.getRequestContextPath() + "/");
        }
    }

    public String complete() {
        try {
            setup.complete(new Setup.FirstAdministrator(token, departmentCode, departmentNameZh, departmentNameEn, login,
                    displayName, email, password, repeat));
            Messages.addFlashGlobalInfo(Text.of("setup.done", login));
            return "/login?faces-redirect=true";
        } catch (FieldRefused refused) {
            password = null;
            repeat = null;
            RefusalMessages.sayBeside("setup", refused);
            return null;
        }
    }

    public int getMinimumLength() {
        return PasswordRules.MINIMUM_LENGTH;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getDepartmentNameZh() {
        return departmentNameZh;
    }

    public void setDepartmentNameZh(String departmentNameZh) {
        this.departmentNameZh = departmentNameZh;
    }

    public String getDepartmentNameEn() {
        return departmentNameEn;
    }

    public void setDepartmentNameEn(String departmentNameEn) {
        this.departmentNameEn = departmentNameEn;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}

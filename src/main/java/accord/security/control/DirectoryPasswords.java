package accord.security.control;

/**
 * Checks the password of a person whose record the company's directory keeps (LDAP). The
 * directory component implements it (found through CDI), so sign-in does not depend on it.
 */
public interface DirectoryPasswords {

    /** What the directory said. */
    enum Check {
        MATCHES,
        WRONG,
        /** Not reachable, or not configured: directory people cannot sign in until it answers. */
        UNAVAILABLE
    }

    Check check(String login, char[] password);
}

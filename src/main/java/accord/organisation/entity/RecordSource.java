package accord.organisation.entity;

/** Who keeps a person's or a department's record: the portal, or the company's directory (LDAP). */
public enum RecordSource {
    LOCAL,
    DIRECTORY
}

package accord.ldap.control;

import accord.organisation.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.naming.CommunicationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.ServiceUnavailableException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.InitialLdapContext;
import javax.naming.ldap.LdapContext;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.StartTlsRequest;
import javax.naming.ldap.StartTlsResponse;

/**
 * The company's directory over LDAP (the JDK's JNDI provider): a person's password checked by
 * binding as them, and everything the synchronisation needs read in one pass: the departments
 * (the OU tree under the user base: an OU's {@code ou} is the department's code, its
 * {@code description} values "zh:…" and "en:…" its names), the people (their OU is their
 * department, {@code manager} their manager) and the groups that give roles.
 */
@ApplicationScoped
public class LdapDirectory {

    /** A department as the directory has it. */
    public record Unit(String code, String nameZh, String nameEn, String parentCode) {
    }

    /** A person as the directory has them; the department is their OU's code. */
    public record Person(String login, String name, String email, String departmentCode, String managerLogin, Set<Role> roles) {
    }

    /** Everything read in one pass; problems name the entries that could not be used, and why ({@link #note}). */
    public record Snapshot(List<Unit> units, List<Person> people, List<String> problems) {
    }

    /**
     * A note of a synchronisation, kept as "subject|bundle key|bundle key…" so that each reader reads
     * it in their language: the subject (a DN, a login, a code) and what happened to it.
     */
    public static String note(String subject, String... keys) {
        return subject.replace('|', '/') + "|" + String.join("|", keys);
    }

    /** The directory could not be reached or refused the portal's own account. */
    public static class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final String CODE = "[A-Z][A-Z0-9_]{1,29}";

    /** Is this the person's directory password? Never true for an empty one (that would be an anonymous bind). */
    public boolean authenticate(LdapSettings settings, String login, char[] password) throws Unavailable {
        if (password == null || password.length == 0) {
            return false;
        }
        Optional<String> dn = dnOf(settings, login);
        if (dn.isEmpty()) {
            return false;
        }
        try {
            close(connect(settings, dn.get(), new String(password)));
            return true;
        } catch (javax.naming.AuthenticationException wrong) {
            return false;
        } catch (NamingException e) {
            throw unavailable(settings, e);
        }
    }

    /** Does the directory answer the portal's account? */
    public boolean reachable(LdapSettings settings) {
        try {
            close(connect(settings, settings.bindDn(), settings.bindPassword()));
            return true;
        } catch (NamingException e) {
            return false;
        }
    }

    public Snapshot read(LdapSettings settings) throws Unavailable {
        LdapContext context = null;
        try {
            context = connect(settings, settings.bindDn(), settings.bindPassword());
            LdapName base = new LdapName(settings.userBase());
            List<String> problems = new ArrayList<>();
            Map<LdapName, String> codes = new HashMap<>();
            List<Unit> units = new ArrayList<>();
            List<SearchResult> ous = search(context, settings.userBase(), "(objectClass=organizationalUnit)", "ou", "description");
            Map<SearchResult, LdapName> names = new HashMap<>();
            for (SearchResult ou : ous) {
                names.put(ou, name(ou));
            }
            ous.sort((a, b) -> Integer.compare(names.get(a).size(), names.get(b).size())); // parents first
            for (SearchResult ou : ous) {
                LdapName dn = names.get(ou);
                if (dn.equals(base)) {
                    continue;
                }
                String code = value(ou.getAttributes(), "ou").toUpperCase(Locale.ROOT);
                if (!code.matches(CODE)) {
                    problems.add(note(dn.toString(), "ldap.note.ouCode"));
                    continue;
                }
                codes.put(dn, code);
                String parent = codes.get((LdapName) dn.getPrefix(dn.size() - 1));
                units.add(new Unit(code, described(ou, "zh:", code), described(ou, "en:", code), parent));
            }
            String login = settings.loginAttribute();
            List<SearchResult> entries = search(context, settings.userBase(), "(objectClass=inetOrgPerson)",
                    login, "cn", "displayName", "mail", "manager");
            Map<LdapName, String> logins = new HashMap<>();
            for (SearchResult entry : entries) {
                String value = value(entry.getAttributes(), login);
                if (value != null) {
                    logins.put(name(entry), value.toLowerCase(Locale.ROOT));
                }
            }
            Map<String, Set<Role>> roles = roles(context, settings, logins);
            List<Person> people = new ArrayList<>();
            for (SearchResult entry : entries) {
                LdapName dn = name(entry);
                String department = codes.get((LdapName) dn.getPrefix(dn.size() - 1));
                String personLogin = logins.get(dn);
                if (personLogin == null || !personLogin.matches("[a-z][a-z0-9._-]{1,59}") || department == null) {
                    problems.add(note(dn.toString(), "ldap.note.personEntry"));
                    continue;
                }
                Attributes attributes = entry.getAttributes();
                String shown = value(attributes, "displayName");
                String manager = value(attributes, "manager");
                people.add(new Person(personLogin, shown != null ? shown : value(attributes, "cn"), value(attributes, "mail"),
                        department, manager == null ? null : logins.get(new LdapName(manager)),
                        roles.getOrDefault(personLogin, EnumSet.noneOf(Role.class))));
            }
            return new Snapshot(units, people, problems);
        } catch (NamingException e) {
            throw unavailable(settings, e);
        } finally {
            close(context);
        }
    }

    /** The roles each login gets from the groups it is a member of. */
    private static Map<String, Set<Role>> roles(LdapContext context, LdapSettings settings, Map<LdapName, String> logins)
            throws NamingException {
        Map<String, Set<Role>> roles = new HashMap<>();
        for (SearchResult group : search(context, settings.groupBase(), "(objectClass=groupOfNames)", "cn", "member")) {
            Role role = settings.groupRoles().get(String.valueOf(value(group.getAttributes(), "cn")).toLowerCase(Locale.ROOT));
            Attribute members = group.getAttributes().get("member");
            if (role == null || members == null) {
                continue;
            }
            for (NamingEnumeration<?> all = members.getAll(); all.hasMore();) {
                String member = logins.get(new LdapName(String.valueOf(all.next())));
                if (member != null) {
                    roles.computeIfAbsent(member, m -> EnumSet.noneOf(Role.class)).add(role);
                }
            }
        }
        return roles;
    }

    private Optional<String> dnOf(LdapSettings settings, String login) throws Unavailable {
        LdapContext context = null;
        try {
            context = connect(settings, settings.bindDn(), settings.bindPassword());
            SearchControls controls = new SearchControls();
            controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
            controls.setReturningAttributes(new String[0]);
            // The login goes in as a filter argument: JNDI escapes it, so "*" or ")(" match nothing.
            NamingEnumeration<SearchResult> found = context.search(settings.userBase(), settings.userFilter(),
                    new Object[] {login}, controls);
            Optional<String> dn = found.hasMore() ? Optional.of(found.next().getNameInNamespace()) : Optional.empty();
            return found.hasMore() ? Optional.empty() : dn; // two entries for one login: neither signs in
        } catch (NamingException e) {
            throw unavailable(settings, e);
        } finally {
            close(context);
        }
    }

    private static LdapContext connect(LdapSettings settings, String dn, String password) throws NamingException {
        Hashtable<String, Object> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, settings.url());
        env.put("com.sun.jndi.ldap.connect.timeout", "3000");
        env.put("com.sun.jndi.ldap.read.timeout", "10000");
        if (!settings.startTls()) {
            credentials(env, dn, password);
            return new InitialLdapContext(env, null);
        }
        InitialLdapContext context = new InitialLdapContext(env, null);
        StartTlsResponse tls = (StartTlsResponse) context.extendedOperation(new StartTlsRequest());
        try {
            tls.negotiate();
        } catch (java.io.IOException e) {
            close(context);
            throw (NamingException) new CommunicationException("StartTLS failed").initCause(e);
        }
        Hashtable<String, Object> bind = new Hashtable<>();
        credentials(bind, dn, password);
        for (Map.Entry<String, Object> entry : bind.entrySet()) {
            context.addToEnvironment(entry.getKey(), entry.getValue());
        }
        context.getAttributes(""); // binds on the protected connection
        return context;
    }

    private static void credentials(Hashtable<String, Object> env, String dn, String password) {
        if (dn == null) {
            env.put(Context.SECURITY_AUTHENTICATION, "none");
            return;
        }
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, dn);
        env.put(Context.SECURITY_CREDENTIALS, password == null ? "" : password);
    }

    private static List<SearchResult> search(LdapContext context, String base, String filter, String... attributes)
            throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(attributes);
        List<SearchResult> results = new ArrayList<>();
        for (NamingEnumeration<SearchResult> found = context.search(base, filter, controls); found.hasMore();) {
            results.add(found.next());
        }
        return results;
    }

    private static LdapName name(SearchResult result) throws NamingException {
        return new LdapName(result.getNameInNamespace());
    }

    private static String value(Attributes attributes, String id) throws NamingException {
        Attribute attribute = attributes.get(id);
        return attribute == null || attribute.size() == 0 ? null : String.valueOf(attribute.get());
    }

    /** The description value with this prefix ("zh:", "en:"), else the code. */
    private static String described(SearchResult ou, String prefix, String code) throws NamingException {
        Attribute descriptions = ou.getAttributes().get("description");
        if (descriptions != null) {
            for (NamingEnumeration<?> all = descriptions.getAll(); all.hasMore();) {
                String text = String.valueOf(all.next());
                if (text.startsWith(prefix) && text.length() > prefix.length()) {
                    return text.substring(prefix.length()).strip();
                }
            }
        }
        return code;
    }

    private static Unavailable unavailable(LdapSettings settings, NamingException e) {
        boolean down = e instanceof CommunicationException || e instanceof ServiceUnavailableException;
        return new Unavailable((down ? "The directory at " + settings.url() + " does not answer: " : "The directory refused: ")
                + e.getMessage(), e);
    }

    private static void close(Context context) {
        if (context != null) {
            try {
                context.close();
            } catch (NamingException ignored) {
                // closing a connection that failed
            }
        }
    }
}

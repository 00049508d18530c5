package accord.testing;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFReader;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Test-only, inside the shared in-container deployment: a real LDAP server (UnboundID's
 * in-memory directory server) on 127.0.0.1:33389 with the company directory of
 * {@code it/directory.ldif}, which the deployment's {@code accord.ldap.*} settings point at. Tests
 * change its entries, and stop and start it to see the portal without its directory.
 */
@Startup
@Singleton
public class TestDirectoryServer {

    public static final int PORT = 33389;
    public static final String BASE = "dc=accord,dc=test";

    private InMemoryDirectoryServer server;

    @PostConstruct
    void start() {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", java.net.InetAddress.getLoopbackAddress(), PORT, null));
            server = new InMemoryDirectoryServer(config);
            reset();
            server.startListening();
        } catch (LDAPException e) {
            // Only the directory's tests need it: they fail on their own (port taken?), the deployment does not.
            java.util.logging.Logger.getLogger(TestDirectoryServer.class.getName())
                    .log(java.util.logging.Level.SEVERE, "The test directory server did not start on port " + PORT, e);
        }
    }

    /** Back to the entries of the LDIF file. */
    public void reset() {
        try (InputStream ldif = TestDirectoryServer.class.getClassLoader().getResourceAsStream("it/directory.ldif")) {
            server.importFromLDIF(true, new LDIFReader(ldif));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    public void replace(String dn, String attribute, String... values) throws LDAPException {
        server.modify(dn, new Modification(ModificationType.REPLACE, attribute, values));
    }

    public void remove(String dn, String attribute, String value) throws LDAPException {
        server.modify(dn, new Modification(ModificationType.DELETE, attribute, value));
    }

    public void move(String dn, String newRdn, String newParent) throws LDAPException {
        server.modifyDN(dn, newRdn, true, newParent);
    }

    public void delete(String dn) throws LDAPException {
        server.delete(dn);
    }

    public void add(String... ldifLines) throws LDAPException, com.unboundid.ldif.LDIFException {
        server.add(ldifLines);
    }

    /** The directory goes down: nothing listens on the port any more. */
    public void stop() {
        server.shutDown(true);
    }

    public void restart() throws LDAPException {
        server.startListening();
    }

    @PreDestroy
    void shutDown() {
        server.shutDown(true);
    }
}

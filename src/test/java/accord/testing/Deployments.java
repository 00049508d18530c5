package accord.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test deployments start from the WAR the build just packaged, so the tests run the portal as
 * it ships; in-container tests add their own classes and test workflows to it.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal() {
        File war = new File(System.getProperty("accord.war", "target/accord.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the tests with 'mvn verify'");
        }
        return ShrinkWrap.create(ZipImporter.class, "accord.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The portal plus Arquillian's in-container test runner, which the portal's "sign in for
     * everything" constraint would otherwise send to the login page.
     */
    public static WebArchive inContainer() {
        WebArchive archive = portal();
        String webXml = read(archive, "/WEB-INF/web.xml");
        String opened = webXml.replace("<url-pattern>/login.xhtml</url-pattern>",
                "<url-pattern>/login.xhtml</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        if (opened.equals(webXml)) {
            throw new IllegalStateException("web.xml no longer has the public login.xhtml pattern");
        }
        archive.delete("/WEB-INF/web.xml");
        // The helpers in-container tests share.
        return archive.setWebXML(new StringAsset(opened)).addClass(Eventually.class);
    }

    private static String read(WebArchive archive, String path) {
        try (InputStream in = archive.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package accord.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import accord.organisation.entity.Role;
import accord.security.boundary.PortalAuthentication;
import jakarta.annotation.security.DeclareRoles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The roles the container knows (annotation and web.xml) are exactly the directory's roles. */
class RolesTest {

    private static final Set<String> ROLES = Arrays.stream(Role.values()).map(Role::name)
            .collect(Collectors.toCollection(TreeSet::new));

    @Test
    void declaredRolesAreTheDirectoryRoles() {
        DeclareRoles declared = PortalAuthentication.class.getAnnotation(DeclareRoles.class);
        assertEquals(ROLES, new TreeSet<>(Arrays.asList(declared.value())));
    }

    @Test
    void webXmlDeclaresTheDirectoryRoles() throws Exception {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Matcher roles = Pattern.compile("<security-role><role-name>([A-Z_]+)</role-name></security-role>").matcher(webXml);
        Set<String> declared = new TreeSet<>();
        while (roles.find()) {
            declared.add(roles.group(1));
        }
        assertEquals(ROLES, declared);
    }
}

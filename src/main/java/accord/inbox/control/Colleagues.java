package accord.inbox.control;

import accord.organisation.control.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The people a task can be handed to: active members of some departments, by name. */
@ApplicationScoped
public class Colleagues {

    /** Someone to hand a task to. */
    public record Colleague(String login, String name) implements Serializable {
    }

    @Inject
    Directory directory;

    public List<Colleague> in(Collection<String> departmentCodes, String except) {
        List<String> logins = directory.memberLogins(departmentCodes).stream()
                .filter(login -> !login.equals(except)).toList();
        Map<String, String> names = directory.displayNames(logins);
        return logins.stream().map(login -> new Colleague(login, names.getOrDefault(login, login)))
                .sorted(Comparator.comparing(Colleague::name)).toList();
    }
}

package accord.inbox.boundary;

import accord.inbox.control.NextSteps;
import accord.organisation.control.Directory;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.Locale;

/**
 * The task page's words for what the engine holds as codes: why the task is yours, who acts next,
 * a case variable's label and value, in the reader's language and zone, with people and
 * departments by name.
 */
@ApplicationScoped
public class TaskWords {

    @Inject
    CurrentPerson me;

    @Inject
    Directory directory;

    /** A reason from the rules in words: people by name, groups and departments by their names. */
    public String why(String[] reason) {
        String argument = switch (reason[0]) {
            case "task.why.delegated", "task.why.deputy", "task.why.heldByDeputy" -> nameOf(reason[1]);
            case "task.why.offeredToGroup", "task.why.head" -> groupName(reason[1]);
            default -> reason[1];
        };
        return Text.of(reason[0], argument);
    }

    /** "Approve the case → 胡燕", "… → Customer Service", "The case ends." */
    public String next(NextSteps.Step step, String stepName) {
        if (step.caseEnds()) {
            return Text.of("task.next.ends");
        }
        if (step.assignee() != null) {
            return Text.of("task.next.to", stepName, nameOf(step.assignee()));
        }
        if (!step.groups().isEmpty()) {
            return Text.of("task.next.to", stepName, String.join(" / ", step.groups().stream().map(this::groupName).toList()));
        }
        return Text.of("task.next.undecided", stepName);
    }

    /** A variable's label: from the bundle ({@code variable.caseSubject}), else its name in words. */
    public String label(String variable) {
        if (Text.has("variable." + variable)) {
            return Text.of("variable." + variable);
        }
        String words = variable.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? variable : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A variable's value as the person reads it: dates in their zone, people and departments by name. */
    public String value(Object value) {
        if (value instanceof Date date) {
            return me.dateTime(date.toInstant());
        }
        if (value instanceof Boolean yes) {
            return Text.of(yes ? "variable.yes" : "variable.no");
        }
        if (value instanceof String text && !text.isBlank()) {
            return directory.employee(text).map(e -> directory.displayName(text))
                    .or(() -> directory.department(text).map(d -> d.name(me.getLocale())))
                    .orElse(text);
        }
        return value == null ? "" : value.toString();
    }

    public String nameOf(String login) {
        return login == null ? "" : directory.displayName(login);
    }

    private String groupName(String group) {
        return directory.department(group).map(d -> d.name(me.getLocale()))
                .orElseGet(() -> Text.has("role." + group) ? Text.of("role." + group) : group);
    }
}

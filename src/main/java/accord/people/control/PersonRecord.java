package accord.people.control;

import static accord.platform.control.Input.stripped;

import accord.platform.control.MailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person's record as typed on the form or read from an import line (components named as the form's fields). */
public record PersonRecord(
        @NotBlank(message = "person.refused.login") @Pattern(regexp = "[a-z][a-z0-9._-]{1,59}", message = "person.refused.login")
        String login,
        @NotBlank(message = "person.refused.name") @Size(max = 120, message = "person.refused.name") String displayName,
        @Size(max = 200, message = "person.refused.email") @MailAddress(message = "person.refused.email") String email,
        @NotBlank(message = "person.refused.department") String department,
        String manager,
        String grade,
        String language,
        String timeZone) {

    /** Kept as typed, less the spaces around it; blank is nothing. */
    public PersonRecord {
        login = stripped(login);
        displayName = stripped(displayName);
        email = stripped(email);
        department = stripped(department);
        manager = stripped(manager);
        grade = stripped(grade);
        language = stripped(language);
        timeZone = stripped(timeZone);
    }
}

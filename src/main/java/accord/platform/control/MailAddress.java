package accord.platform.control;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * An e-mail address as the browser's e-mail field accepts it (the HTML standard's "valid e-mail
 * address"), checked again on the server: Bean Validation's own {@code @Email} lets through what
 * the browser refuses ("li@localhost", quoted names, spaces in quotes). Empty is no address.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MailAddress.Check.class)
public @interface MailAddress {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<MailAddress, String> {

        private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
        static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@" + LABEL + "(?:\\." + LABEL + ")+");

        /** Whether this is such an address (with a dot in its domain: mail leaves the company). */
        public static boolean matches(String address) {
            return address != null && PATTERN.matcher(address).matches();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isEmpty() || matches(value);
        }
    }
}

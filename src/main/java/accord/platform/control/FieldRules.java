package accord.platform.control;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of what people type. A field's own rule (filled in, a length, a range) is a Jakarta
 * Bean Validation constraint on the boundary's input record, its message a bundle key
 * ({@code @NotBlank(message = "contacts.refused.name") String contactName}), its component named as
 * the form field; {@link #check} refuses the first broken one, in the record's order, and the page
 * says it beside that field in the reader's language ({@link FieldRefused}). A rule that depends on
 * another field or on stored data is code in the control class: {@link #require}.
 */
public final class FieldRules {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    /** Makes the refusal of a workflow's own type for a field and a message key. */
    @FunctionalInterface
    public interface Refusal {
        FieldRefused of(String field, String messageKey);
    }

    /** A broken rule: the form field and the message key. */
    public record Problem(String field, String messageKey) {
    }

    private FieldRules() {
    }

    /** Throws the refusal for the first broken constraint of the input, if any. */
    public static void check(Object input, Refusal refusal) {
        Optional<Problem> first = problems(input).stream().findFirst();
        if (first.isPresent()) {
            throw refusal.of(first.get().field(), first.get().messageKey());
        }
    }

    /** The broken constraints of the input, one per field, in the order of its fields (for a form that shows them all at once). */
    public static List<Problem> problems(Object input) {
        Validator validator = FACTORY.getValidator();
        List<String> order = fieldOrder(input.getClass());
        Map<String, Problem> firstPerField = new LinkedHashMap<>();
        validator.validate(input).stream()
                .map(v -> new Problem(field(v), v.getMessageTemplate()))
                .sorted(Comparator.comparingInt((Problem p) -> order.indexOf(p.field())).thenComparing(Problem::messageKey))
                .forEach(problem -> firstPerField.putIfAbsent(problem.field(), problem));
        return List.copyOf(firstPerField.values());
    }

    /** A rule Bean Validation cannot say on one field: refused beside the field unless it holds. */
    public static void require(boolean rule, String field, String messageKey, Refusal refusal) {
        if (!rule) {
            throw refusal.of(field, messageKey);
        }
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static List<String> fieldOrder(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        }
        return Arrays.stream(type.getDeclaredFields()).map(java.lang.reflect.Field::getName).toList();
    }
}

package accord.api.boundary;

import accord.api.control.Problem;
import java.util.List;

/** A request whose fields break the rules: every broken field and what is wrong with it (422). */
class ApiInvalid extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem.FieldError> errors;

    ApiInvalid(List<Problem.FieldError> errors) {
        super("invalid request: " + errors);
        this.errors = List.copyOf(errors);
    }

    List<Problem.FieldError> errors() {
        return errors;
    }
}

package accord.api.control;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An error as RFC 9457 describes it ({@code application/problem+json}): a type naming the kind of
 * problem, a title, the status, a detail for this occurrence, and for a refused input the fields and
 * what is wrong with each. Never a stack trace.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPES = "https://accord.example.com/problems/";

    /** One refused field: its name in the request and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(Response.Status status, String kind, String detail) {
        return of(status.getStatusCode(), status.getReasonPhrase(), kind, detail, List.of());
    }

    public static Problem of(int status, String title, String kind, String detail, List<FieldError> errors) {
        return new Problem(TYPES + kind, title, status, detail, errors.isEmpty() ? null : List.copyOf(errors));
    }

    public Response response() {
        return Response.status(status).type(PROBLEM).entity(this).build();
    }
}

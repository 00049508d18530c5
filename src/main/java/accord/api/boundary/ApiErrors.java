package accord.api.boundary;

import accord.api.control.Problem;
import accord.platform.control.DatabaseAway;
import accord.platform.control.FieldRefused;
import accord.platform.control.Refused;
import accord.platform.control.Text;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;

/**
 * Whatever goes wrong in an API call, as a problem: the rules' refusals with the status they mean
 * (not yours to see: 404; someone was faster: 409; a step with its own form: 422; an input field:
 * 422 with the field; otherwise 403), the framework's own (400, 404, 405, 406, 415) as such, and
 * anything unexpected as 500, logged once and never shown.
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    /** Refusals whose status is not 403. */
    private static final Map<String, Response.Status> STATUS = Map.of(
            "task.refused.gone", Response.Status.NOT_FOUND,
            "task.refused.notYours", Response.Status.NOT_FOUND,
            "complaint.refused.notVisible", Response.Status.NOT_FOUND,
            "task.refused.claimedBy", Response.Status.CONFLICT,
            "task.refused.someoneFaster", Response.Status.CONFLICT,
            "task.refused.onHold", Response.Status.CONFLICT,
            "task.refused.doneByYou", Response.Status.CONFLICT);

    /** SQL states of a transaction the database aborted for another's sake: deadlock, serialization failure. */
    private static final Set<String> TRY_AGAIN_STATES = Set.of("40P01", "40001");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Locale language = ApiCaller.locale(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (DatabaseAway.isCause(thrown)) {
            // Nothing was changed; the caller may send it again once the database is back.
            Problem unavailable = Text.in(language, () -> Problem.of(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(),
                    "Service Unavailable", "unavailable", Text.of("error.503.text"), List.of()));
            return Response.fromResponse(unavailable.response()).header("Retry-After", 30).build();
        }
        return Text.in(language, () -> problem(thrown)).response();
    }

    private static Problem problem(Throwable thrown) {
        Throwable cause = rootOf(thrown);
        if (cause instanceof ApiInvalid invalid) {
            return Problem.of(422, "Unprocessable Content", "invalid-request", Text.of("api.problem.invalid"), invalid.errors());
        }
        if (cause instanceof FieldRefused refused && refused.field() != null) {
            return Problem.of(422, "Unprocessable Content", "invalid-request", Text.of("api.problem.invalid"),
                    List.of(new Problem.FieldError(refused.field(), Text.of(refused.messageKey(), refused.arguments()))));
        }
        if (cause instanceof Refused refused) {
            if ("task.refused.useTheForm".equals(refused.messageKey())) {
                return Problem.of(422, "Unprocessable Content", "form-step", Text.of(refused.messageKey()), List.of());
            }
            if ("api.refused.idempotencyKeyReused".equals(refused.messageKey())) {
                return Problem.of(422, "Unprocessable Content", "idempotency-key-reused", Text.of(refused.messageKey()), List.of());
            }
            Response.Status status = STATUS.getOrDefault(refused.messageKey(), Response.Status.FORBIDDEN);
            return Problem.of(status, kind(status), Text.of(refused.messageKey(), refused.arguments()));
        }
        // Also when the database gave up one of two transactions that waited for each other: nothing was changed.
        if (cause instanceof FlowableOptimisticLockingException || cause instanceof FlowableTaskAlreadyClaimedException
                || cause instanceof SQLException sql && TRY_AGAIN_STATES.contains(sql.getSQLState())) {
            return Problem.of(Response.Status.CONFLICT, "conflict", Text.of("task.refused.someoneFaster"));
        }
        if (cause instanceof FlowableObjectNotFoundException) {
            return Problem.of(Response.Status.NOT_FOUND, "not-found", Text.of("task.refused.gone"));
        }
        if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return Problem.of(status.getStatusCode(), status.getReasonPhrase(), "http-" + status.getStatusCode(),
                    Text.of("api.problem.http." + (Text.has("api.problem.http." + status.getStatusCode()) ? status.getStatusCode() : "other")),
                    List.of());
        }
        if (cause instanceof jakarta.json.bind.JsonbException || cause instanceof jakarta.json.JsonException) {
            return Problem.of(Response.Status.BAD_REQUEST, "malformed-json", Text.of("api.problem.malformed"));
        }
        LOG.log(Level.SEVERE, "An API call failed unexpectedly", thrown);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "internal", Text.of("api.problem.internal"));
    }

    private static String kind(Response.Status status) {
        return switch (status) {
            case NOT_FOUND -> "not-found";
            case CONFLICT -> "conflict";
            default -> "forbidden";
        };
    }

    /** The refusal or framework error inside a transaction's or the container's wrapping. */
    private static Throwable rootOf(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof Refused) && !(cause instanceof ApiInvalid)) {
            cause = cause.getCause();
        }
        return cause;
    }
}

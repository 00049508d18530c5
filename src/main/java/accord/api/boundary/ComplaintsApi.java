package accord.api.boundary;

import accord.api.control.Problem;
import accord.complaint.control.ComplaintRegister;
import accord.platform.control.Text;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Complaints for other systems: the call centre's telephony and the web shop file them; callers allowed to see one read it. */
@Path("complaints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints")
public class ComplaintsApi {

    static final String EXAMPLE = """
            {"channel": "PHONE", "customerCode": "C0001", "contact": {"name": "王经理", "phone": "021-5555 0101"},
             "category": "DELIVERY", "severity": "HIGH", "subject": "第二批货晚到三天",
             "description": "客户说第二批控制器比约定晚到三天，产线因此停了半天。", "orderNumber": "SO-2026-0042"}""";

    private static final int MAX_KEY = 200;

    @Inject
    ApiCaller caller;

    @Inject
    ApiComplaints complaints;

    @Inject
    ComplaintRegister register;

    @jakarta.ws.rs.core.Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File a complaint", description = "By the intake page's rules, for a caller who may register complaints"
            + " (customer service, ADMIN). With an Idempotency-Key, a retry of the same request returns the first answer"
            + " instead of filing a second complaint.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewComplaint.class),
            examples = @ExampleObject(name = "a call", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Filed: its number and page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "401", description = "No valid API token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "The caller may not register complaints", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Fields that break the rules, each named; or an Idempotency-Key used before"
            + " for another request", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no customer",
            value = "{\"type\":\"https://accord.example.com/problems/invalid-request\",\"title\":\"Unprocessable Content\",\"status\":422,"
                    + "\"detail\":\"The request breaks the rules of these fields.\",\"errors\":[{\"field\":\"customerCode\","
                    + "\"message\":\"Choose the customer from the list.\"}]}")))
    @APIResponse(responseCode = "429", description = "Too many requests for this token; Retry-After says when",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response file(@Parameter(description = "Any unique text up to 200 characters, the same for retries of one request",
            example = "telephony-call-88231") @HeaderParam("Idempotency-Key") String key, NewComplaint request) {
        String idempotencyKey = key == null || key.isBlank() ? null : key.strip();
        if (idempotencyKey != null && idempotencyKey.length() > MAX_KEY) {
            throw new ApiInvalid(List.of(new Problem.FieldError("Idempotency-Key",
                    Text.in(caller.locale(), () -> Text.of("api.problem.keyTooLong", MAX_KEY)))));
        }
        ApiComplaints.Answer answer;
        try {
            answer = Text.in(caller.locale(), () -> complaints.file(caller.actor(), idempotencyKey, request));
        } catch (jakarta.transaction.TransactionalException | jakarta.persistence.PersistenceException lostTheRace) {
            // Two retries at once: the second's record of the key failed at commit; the first one's answer stands.
            answer = idempotencyKey == null ? null : complaints.earlier(caller.actor().login(), idempotencyKey)
                    .map(r -> new ApiComplaints.Answer(r.getStatus(), r.getLocation(), r.getBody())).orElse(null);
            if (answer == null) {
                throw lostTheRace;
            }
        }
        return Response.status(answer.status()).location(URI.create(uri.getBaseUri() + answer.location()))
                .type(MediaType.APPLICATION_JSON).entity(answer.body()).build();
    }

    @GET
    @Path("{number}")
    @Operation(summary = "A complaint", description = "Its status, open steps and deadlines, for a caller allowed to see it in the"
            + " portal; 404 for a number that does not exist or that the caller may not see.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "401", description = "No valid API token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such complaint for this caller", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ComplaintView read(@Parameter(example = "CMP-2026-000001") @PathParam("number") String number) {
        return Text.in(caller.locale(), () -> register.visible(caller.actor(), number).map(complaints::view)
                .orElseThrow(() -> new accord.complaint.control.ComplaintRefused(null, "complaint.refused.notVisible")));
    }
}

package accord.api.boundary;

import accord.api.control.Problem;
import accord.casefile.control.StepNames;
import accord.inbox.boundary.TaskActions;
import accord.inbox.control.TaskLookup;
import accord.inbox.control.TaskQueries;
import accord.inbox.entity.TaskFilter;
import accord.inbox.entity.TaskList;
import accord.mail.control.MailSettings;
import accord.platform.control.Text;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.flowable.engine.RuntimeService;
import org.flowable.task.api.Task;

/**
 * The inbox for tools and scripts: the caller's own tasks and their team's, claiming one, and
 * completing a step that has no form of its own (a step with its workflow's form is refused: its
 * rules live in that form). The inbox's own rules decide, exactly as on the pages.
 */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class TasksApi {

    /** What a complete may carry. */
    public record Completion(@Schema(maxLength = 4000) String comment) {
    }

    private static final int MAX_PAGE = 100;

    @Inject
    ApiCaller caller;

    @Inject
    TaskQueries queries;

    @Inject
    TaskLookup lookup;

    @Inject
    TaskActions actions;

    @Inject
    RuntimeService runtime;

    @GET
    @Operation(summary = "My tasks or my team's", description = "`mine`: assigned to the caller; `team`: offered to the caller's"
            + " teams or roles (or to them by name) and not yet claimed. Soonest due first.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TaskView[].class)))
    @APIResponse(responseCode = "401", description = "No valid API token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "An unknown list, or a page out of range", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<TaskView> list(@Parameter(schema = @Schema(enumeration = {"mine", "team"})) @QueryParam("list") @DefaultValue("mine") String list,
            @QueryParam("first") @DefaultValue("0") int first, @Parameter(description = "at most 100") @QueryParam("max") @DefaultValue("50") int max) {
        TaskList which = switch (list.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "mine" -> TaskList.MINE;
            case "team" -> TaskList.TEAM;
            default -> throw new ApiInvalid(List.of(new Problem.FieldError("list", Text.in(caller.locale(), () -> Text.of("api.problem.list")))));
        };
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw new ApiInvalid(List.of(new Problem.FieldError(first < 0 ? "first" : "max",
                    Text.in(caller.locale(), () -> Text.of("api.problem.page", MAX_PAGE)))));
        }
        List<Task> tasks = queries.page(caller.actor(), which, new TaskFilter(), TaskQueries.Sort.DUE, true, first, max);
        Map<String, String> numbers = caseNumbers(tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()));
        return Text.in(caller.locale(), () -> tasks.stream().map(t -> view(t, numbers.get(t.getProcessInstanceId()))).toList());
    }

    @POST
    @Path("{id}/claim")
    @Operation(summary = "Claim a task offered to the caller", description = "As Claim in the inbox: 409 when someone holds it already.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "403", description = "Not offered to the caller", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such open task for this caller", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Someone holds it already", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public TaskView claim(@PathParam("id") String id) {
        lookup.visibleTask(id, caller.actor());
        actions.claim(caller.actor(), id);
        Task task = lookup.task(id);
        return Text.in(caller.locale(), () -> view(task, caseNumbers(Set.of(task.getProcessInstanceId())).get(task.getProcessInstanceId())));
    }

    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Complete a step without a form of its own", description = "As Complete on the task page, with an"
            + " optional comment. A step whose workflow has its own form (a decision, a resolution, a rating) is refused with 422:"
            + " completing it bare would skip its rules.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Completion.class), examples = @ExampleObject(name = "done", value = "{\"comment\": \"Checked, nothing to add.\"}")))
    @APIResponse(responseCode = "204", description = "Completed")
    @APIResponse(responseCode = "403", description = "The caller does not hold it", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such open task for this caller", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Someone was faster, or the caller completed it already (sent twice)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The step has its own form", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response complete(@PathParam("id") String id, Completion completion) {
        lookup.visibleTask(id, caller.actor());
        actions.complete(caller.actor(), id, completion == null ? null : completion.comment());
        return Response.noContent().build();
    }

    private Map<String, String> caseNumbers(Collection<String> processInstanceIds) {
        Set<String> ids = processInstanceIds.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(p -> p.getId(), p -> p.getBusinessKey()));
    }

    private static TaskView view(Task task, String caseNumber) {
        return new TaskView(task.getId(), task.getTaskDefinitionKey(),
                StepNames.step(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName()),
                StepNames.process(StepNames.processKey(task.getProcessDefinitionId()), null), caseNumber, task.getAssignee(),
                task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getPriority(),
                task.isSuspended(), MailSettings.current().link("inbox/task.xhtml?id=" + task.getId()));
    }
}

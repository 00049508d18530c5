package accord.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.customer.entity.Customer;
import accord.customer.entity.Tier;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.PlatformFixture;
import accord.security.control.ApiTokens;
import accord.testing.Deployments;
import accord.testing.shared.SharedDeployment;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.flowable.engine.TaskService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API over real HTTP against the shared deployment: each endpoint with a good request, bad
 * ones and unauthorised ones; problems as RFC 9457 with their fields and never a stack trace; an
 * Idempotency-Key that makes a retry return the first answer; the inbox's rules for claim and
 * complete; the rate limit; and /openapi listing every endpoint.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @ArquillianResource
    URL deployedAt;

    @Inject
    PlatformFixture fixture;

    @Inject
    ApiTokens tokens;

    @Inject
    Directory directory;

    @Inject
    TaskService tasks;

    @PersistenceContext
    EntityManager em;

    private final HttpClient http = HttpClient.newHttpClient();
    private String api;
    private String team;
    private String agent;
    private String agentToken;
    private String rep;
    private String repToken;
    private String customerCode;

    @BeforeEach
    void callers() {
        api = "http://127.0.0.1:" + deployedAt.getPort() + deployedAt.getPath() + "api/";
        team = PlatformFixture.unique("API");
        fixture.department(team, null);
        agent = fixture.member(team, Role.CUSTOMER_SERVICE);
        agentToken = tokens.issue(directory.actor("admin"), agent, "Call centre telephony").token();
        rep = fixture.member(team);
        repToken = tokens.issue(directory.actor(rep), rep, "my script").token();
        long customerId = fixture.customer(Tier.A, "接口客户 " + PlatformFixture.unique("K"));
        customerCode = em.find(Customer.class, customerId).code();
    }

    private HttpResponse<String> send(String method, String path, String token, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** A problem: its status and content type, and never a trace of the code inside. */
    private static JsonObject problem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertFalse(response.body().contains("Exception") || response.body().contains("at accord."), response.body());
        JsonObject problem = json(response);
        assertEquals(status, problem.getInt("status"));
        return problem;
    }

    private String complaint(String subject) {
        return """
                {"channel": "PHONE", "customerCode": "%s", "contact": {"name": "王经理", "phone": "021-5555 0101"},
                 "category": "DELIVERY", "severity": "HIGH", "subject": "%s", "description": "第二批货晚到三天。",
                 "orderNumber": "SO-2026-0042"}""".formatted(customerCode, subject);
    }

    @Test
    void aComplaintIsFiledOnceForARetriedKeyAndReadBackByWhoMaySeeIt() throws Exception {
        String subject = "晚到 " + PlatformFixture.unique("S");
        String key = PlatformFixture.unique("call-");
        HttpResponse<String> filed = send("POST", "complaints", agentToken, complaint(subject), "Idempotency-Key", key);
        assertEquals(201, filed.statusCode(), filed.body());
        String number = json(filed).getString("number");
        assertTrue(number.matches("CMP-\\d{4}-\\d{6}"), number);
        assertTrue(filed.headers().firstValue("Location").orElseThrow().endsWith("/api/complaints/" + number));
        assertTrue(json(filed).getString("url").endsWith("complaints/view.xhtml?number=" + number));

        HttpResponse<String> retried = send("POST", "complaints", agentToken, complaint(subject), "Idempotency-Key", key);
        assertEquals(201, retried.statusCode());
        assertEquals(number, json(retried).getString("number"));
        assertEquals(1L, em.createQuery("select count(c) from Complaint c where c.subject = :s", Long.class).setParameter("s", subject)
                .getSingleResult());
        assertEquals("https://accord.example.com/problems/idempotency-key-reused",
                problem(send("POST", "complaints", agentToken, complaint(subject + " 2"), "Idempotency-Key", key), 422).getString("type"));
        assertNotEquals(number, json(send("POST", "complaints", agentToken, complaint(subject))).getString("number"),
                "without a key, a second request is a second complaint");

        // Two retries at the same moment: one complaint, both told its number.
        String raceSubject = "同时重试 " + PlatformFixture.unique("R");
        String raceKey = PlatformFixture.unique("race-");
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> racing = java.util.stream.IntStream.range(0, 2)
                .mapToObj(i -> http.sendAsync(HttpRequest.newBuilder(URI.create(api + "complaints"))
                        .header("Authorization", "Bearer " + agentToken).header("Content-Type", "application/json")
                        .header("Idempotency-Key", raceKey).POST(HttpRequest.BodyPublishers.ofString(complaint(raceSubject))).build(),
                        HttpResponse.BodyHandlers.ofString())).toList();
        List<String> raced = racing.stream().map(f -> json(f.join()).getString("number")).distinct().toList();
        assertEquals(1, raced.size(), raced.toString());
        assertEquals(1L, em.createQuery("select count(c) from Complaint c where c.subject = :s", Long.class)
                .setParameter("s", raceSubject).getSingleResult());

        JsonObject read = json(send("GET", "complaints/" + number, agentToken, null));
        assertEquals("TRIAGE", read.getString("status"));
        assertEquals(customerCode, read.getString("customerCode"));
        JsonArray steps = read.getJsonArray("openSteps");
        assertEquals("triage", steps.getJsonObject(0).getString("step"));
        assertTrue(read.containsKey("resolveDue"));

        problem(send("GET", "complaints/" + number, repToken, null), 404);
        problem(send("GET", "complaints/CMP-1999-000001", agentToken, null), 404);
        problem(send("POST", "complaints", repToken, complaint(subject)), 403);
    }

    @Test
    void badAndUnauthorisedRequestsAreProblemsNamingWhatIsWrong() throws Exception {
        HttpResponse<String> anonymous = send("GET", "tasks", null, null);
        problem(anonymous, 401);
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        problem(send("GET", "tasks", "acc_" + "x".repeat(43), null), 401);
        var issued = tokens.issue(directory.actor(rep), rep, "to revoke");
        assertEquals(200, send("GET", "tasks", issued.token(), null).statusCode());
        tokens.revoke(directory.actor(rep), issued.record().getId());
        problem(send("GET", "tasks", issued.token(), null), 401);

        JsonObject invalid = problem(send("POST", "complaints", agentToken, "{\"channel\": \"FAX\", \"contact\": {\"name\": \"李\"}}"), 422);
        List<String> fields = invalid.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("channel", "customerCode", "contact.phone", "category", "severity", "subject",
                "description")), fields.toString());
        JsonObject chinese = problem(send("POST", "complaints", agentToken, "{}", "Accept-Language", "zh-CN"), 422);
        assertTrue(chinese.getString("detail").contains("字段"), chinese.toString());
        assertEquals("https://accord.example.com/problems/malformed-json",
                problem(send("POST", "complaints", agentToken, "{\"subject\": "), 400).getString("type"));
        problem(send("PUT", "complaints", agentToken, "{}"), 405);
        HttpResponse<String> text = http.send(HttpRequest.newBuilder(URI.create(api + "complaints")).header("Authorization",
                "Bearer " + agentToken).header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        problem(text, 415);
        problem(send("GET", "nothing-here", agentToken, null), 404);
        problem(send("GET", "tasks?list=everything", agentToken, null), 422);
    }

    @Test
    void theInboxForToolsKeepsTheInboxsRules() throws Exception {
        String other = fixture.member(team);
        String otherToken = tokens.issue(directory.actor(other), other, "other script").token();
        String caseId = fixture.startCase(agent, PlatformFixture.unique("IT-"), "API case", team, agent, null, 50);
        String taskId = tasks.createTaskQuery().processInstanceId(caseId).singleResult().getId();

        JsonArray team = Json.createReader(new StringReader(send("GET", "tasks?list=team", repToken, null).body())).readArray();
        assertTrue(team.getValuesAs(JsonObject.class).stream().anyMatch(t -> t.getString("id").equals(taskId)), team.toString());
        problem(send("POST", "tasks/" + taskId + "/complete", repToken, "{}"), 403);
        JsonObject claimed = json(send("POST", "tasks/" + taskId + "/claim", repToken, null));
        assertEquals(rep, claimed.getString("assignee"));
        problem(send("POST", "tasks/" + taskId + "/claim", otherToken, null), 409);
        JsonArray mine = Json.createReader(new StringReader(send("GET", "tasks?list=mine", repToken, null).body())).readArray();
        assertTrue(mine.getValuesAs(JsonObject.class).stream().anyMatch(t -> t.getString("id").equals(taskId)));
        problem(send("POST", "tasks/" + taskId + "/complete", otherToken, "{}"), 403);
        assertEquals(204, send("POST", "tasks/" + taskId + "/complete", repToken, "{\"comment\": \"Checked.\"}").statusCode());
        problem(send("POST", "tasks/" + taskId + "/complete", repToken, "{}"), 409); // sent twice: said so, nothing done twice
        problem(send("POST", "tasks/" + taskId + "/complete", otherToken, "{}"), 404);

        String outsiderTeam = PlatformFixture.unique("OUT");
        fixture.department(outsiderTeam, null);
        String outsider = fixture.member(outsiderTeam);
        String outsiderToken = tokens.issue(directory.actor(outsider), outsider, "outsider").token();
        String approval = tasks.createTaskQuery().processInstanceId(caseId).singleResult().getId();
        problem(send("POST", "tasks/" + approval + "/claim", outsiderToken, null), 404);

        String number = json(send("POST", "complaints", agentToken, complaint("表单步骤 " + PlatformFixture.unique("F")))).getString("number");
        String triage = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
        send("POST", "tasks/" + triage + "/claim", agentToken, null);
        assertEquals("https://accord.example.com/problems/form-step",
                problem(send("POST", "tasks/" + triage + "/complete", agentToken, "{}"), 422).getString("type"));
    }

    @Test
    void aScriptMayUseOneTokenFromManyThreadsAtOnce() throws Exception {
        String token = tokens.issue(directory.actor(rep), rep, "parallel script").token();
        // All at once on a token never used: each request finds its use worth noting.
        List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, 12).mapToObj(i -> http.sendAsync(
                HttpRequest.newBuilder(URI.create(api + "tasks?max=1")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString())).toList();
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
        assertEquals(List.of(200), statuses.stream().distinct().toList(), statuses.toString());
        assertTrue(tokens.of(rep).stream().filter(t -> t.getLabel().equals("parallel script")).findFirst().orElseThrow()
                .getLastUsedAt() != null, "the use was noted");
    }

    @Test
    void aRunawayScriptIsToldToWait() throws Exception {
        String token = tokens.issue(directory.actor(rep), rep, "runaway").token();
        HttpResponse<String> last = null;
        for (int i = 0; i < 300 && (last == null || last.statusCode() != 429); i++) {
            last = send("GET", "tasks?max=1", token, null);
        }
        problem(last, 429);
        assertTrue(Integer.parseInt(last.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        assertEquals(200, send("GET", "tasks?max=1", repToken, null).statusCode(), "other tokens go on");
    }

    @Test
    void theOpenApiDocumentListsEveryEndpoint() throws Exception {
        HttpResponse<String> document = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + deployedAt.getPort()
                + "/openapi")).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, document.statusCode());
        String text = document.body();
        for (String path : List.of("/api/complaints\"", "/api/complaints/{number}", "/api/tasks\"", "/api/tasks/{id}/claim",
                "/api/tasks/{id}/complete", "Idempotency-Key", "bearer", "customerCode")) {
            assertTrue(text.contains(path), path + " in " + text.substring(0, Math.min(2000, text.length())));
        }
    }
}

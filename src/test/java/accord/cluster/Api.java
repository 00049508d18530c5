package accord.cluster;

import accord.platform.control.Secrets;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** The portal's REST API as another system calls it, on any instance or through the balancer. */
final class Api {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * A token for this person, written as ADMIN's "API tokens" page writes one (only its SHA-256
     * kept): the checks' fixture, so that no page has to be driven for it.
     */
    static String issueToken(Connection db, String owner) throws SQLException {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "acc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try (PreparedStatement insert = db.prepareStatement("insert into api_token (id, token_hash, shown_prefix, owner, label,"
                + " issued_by, issued_at, version) values (nextval('api_token_seq'), ?, ?, ?, 'cluster test', 'admin', ?, 0)")) {
            insert.setString(1, Secrets.sha256Hex(token));
            insert.setString(2, token.substring(0, 10));
            insert.setString(3, owner);
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return token;
    }

    HttpResponse<String> send(URI base, String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("api/" + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + base + "api/" + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Files a complaint of this customer; its number. */
    String fileComplaint(URI base, String token, String customerCode, String subject) {
        HttpResponse<String> answer = tryFilingComplaint(base, token, customerCode, subject);
        if (answer.statusCode() != 201) {
            throw new AssertionError("filing a complaint on " + base + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return object(answer.body()).getString("number");
    }

    /** The API's answer to filing a complaint, whatever it is. */
    HttpResponse<String> tryFilingComplaint(URI base, String token, String customerCode, String subject) {
        return send(base, "POST", "complaints", token, Json.createObjectBuilder()
                .add("channel", "PHONE").add("customerCode", customerCode)
                .add("contact", Json.createObjectBuilder().add("name", "王经理").add("phone", "021-5555 0101"))
                .add("category", "DELIVERY").add("severity", "HIGH").add("subject", subject)
                .add("description", "集群测试：第二批货晚到三天。").build().toString());
    }

    static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    static JsonArray array(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }
}

package accord.api.entity;

import static accord.platform.entity.UtcTime.utc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;

/** A POST made with an Idempotency-Key, and the answer it got: a retry with the same key gets it again. */
@Entity
@Table(name = "api_request")
public class ApiRequest {

    @Id
    @SequenceGenerator(name = "api_request_seq", sequenceName = "api_request_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_request_seq")
    private Long id;

    @Column(nullable = false, length = 60, updatable = false)
    private String caller;

    @Column(name = "idem_key", nullable = false, length = 200, updatable = false)
    private String idempotencyKey;

    @Column(name = "request_hash", nullable = false, length = 64, updatable = false)
    private String requestHash;

    @Column(nullable = false, updatable = false)
    private int status;

    @Column(length = 500, updatable = false)
    private String location;

    @Column(nullable = false, length = 4000, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected ApiRequest() {
        // for JPA
    }

    public ApiRequest(String caller, String key, String requestHash, int status, String location, String body, Instant at) {
        this.caller = caller;
        this.idempotencyKey = key;
        this.requestHash = requestHash;
        this.status = status;
        this.location = location;
        this.body = body;
        this.createdAt = utc(at);
    }

    public String getRequestHash() {
        return requestHash;
    }

    public int getStatus() {
        return status;
    }

    public String getLocation() {
        return location;
    }

    public String getBody() {
        return body;
    }
}

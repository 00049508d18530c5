package accord.platform.entity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Moments in timestamp columns: stored as UTC wall time (a column without a zone means the same on
 * H2 and PostgreSQL, whatever the server's zone), read back as instants. Not an entity: the
 * conversion every entity's timestamp goes through, so it lives in the entity layer (entities import
 * no control class).
 */
public final class UtcTime {

    private UtcTime() {
    }

    public static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}

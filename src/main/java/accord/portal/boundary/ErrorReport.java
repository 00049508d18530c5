package accord.portal.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** What the error page shows so that an administrator can find the failure in the log. */
@Named
@RequestScoped
public class ErrorReport {

    private final String time = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));

    public String getTime() {
        return time;
    }
}

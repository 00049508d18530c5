package accord.measure.boundary;

import accord.measure.control.Period;
import accord.platform.control.Refused;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code measures/report.xhtml?scope=&month=}: the monthly report of a team or the company as a PDF
 * (shown in the browser, to save or mail on). The month defaults to the one before this one in the
 * reader's calendar; a month to come is not offered. A scope the reader may not see gets the page
 * with the reason and a 403.
 */
@Named
@RequestScoped
public class MonthlyReportPage {

    @Inject
    CurrentPerson me;

    @Inject
    MonthlyReports reports;

    @Inject
    @Param(name = "scope")
    String scope;

    @Inject
    @Param(name = "month")
    String askedMonth;

    private String problem;

    public void send() throws IOException {
        Period month = month(askedMonth, LocalDate.now(me.zone()));
        try {
            byte[] pdf = reports.pdf(new MonthlyReports.Reader(me.actor(), me.getLocale(), me.zone(), me.getDisplayName()),
                    scope == null ? "" : scope, month);
            Faces.sendFile(pdf, "monthly-report-" + (scope == null ? "" : scope.replaceAll("[^A-Za-z0-9.]+", "-")) + "-"
                    + month.code() + ".pdf", false);
        } catch (Refused refused) {
            problem = Text.of(refused.messageKey());
            Faces.getResponse().setStatus(refused.messageKey().equals("monthlyReport.noFont")
                    ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** The month a link names if it has begun; else the month before today's. */
    static Period month(String asked, LocalDate today) {
        return Period.parse(asked == null ? "" : asked).filter(p -> p.kind() == Period.Kind.MONTH && !p.firstDay().isAfter(today))
                .orElse(Period.of(Period.Kind.MONTH, today).previous());
    }

    public String getProblem() {
        return problem;
    }
}

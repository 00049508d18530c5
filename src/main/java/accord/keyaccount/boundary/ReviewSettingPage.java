package accord.keyaccount.boundary;

import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.MonthDay;
import org.omnifaces.util.Messages;

/** ADMIN sets the day of the year on which the yearly reviews of key accounts start (/admin is ADMIN only in web.xml). */
@Named
@ViewScoped
public class ReviewSettingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    private Integer month;
    private Integer day;

    public void load() {
        MonthDay start = yearly().startDay();
        month = start.getMonthValue();
        day = start.getDayOfMonth();
    }

    public void save() {
        if (!me.actor().admin()) {
            AccessRefusals.record(me.getLogin(), AuditWording.of("audit.act.setReviewDay"), "review.refused.notAdmin");
            Messages.addGlobalError(Text.of("review.refused.notAdmin"));
            return;
        }
        try {
            MonthDay start = MonthDay.of(month, day);
            yearly().startOn(start);
            Messages.addGlobalInfo(Text.of("review.setting.saved", month, day));
        } catch (DateTimeException | NullPointerException notADay) {
            Messages.addError("setting:day", Text.of("review.setting.invalid"));
        }
    }

    /**
     * Looked up at each use, never held: a view-scoped bean travels with the session to other
     * cluster nodes, and the container's EJB reference cannot be written with it (nor can an
     * injected Instance, which keeps what it handed out).
     */
    private static YearlyReviews yearly() {
        return jakarta.enterprise.inject.spi.CDI.current().select(YearlyReviews.class).get();
    }

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    public Integer getDay() {
        return day;
    }

    public void setDay(Integer day) {
        this.day = day;
    }
}

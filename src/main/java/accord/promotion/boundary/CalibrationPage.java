package accord.promotion.boundary;

import accord.calendar.control.WorkingCalendar;
import accord.inbox.control.TaskLookup;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.platform.control.Text;
import accord.promotion.control.Calibration;
import accord.promotion.control.NominationAccess;
import accord.promotion.control.NominationDetails;
import accord.promotion.control.NominationRefused;
import accord.promotion.control.NominationRegister;
import accord.promotion.entity.Nomination;
import accord.promotion.entity.NominationStatus;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.task.api.Task;
import org.omnifaces.util.Messages;

/**
 * Calibration (/promotions/calibration.xhtml): the nominations of a year the reader may see, side by
 * side, with the summary and fairness flags of {@link Calibration}; HR decides several of those
 * waiting for HR at once, each with its own decision and reason, each row in its own transaction.
 */
@Named
@ViewScoped
public class CalibrationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CalibrationPage.class.getName());

    @Inject
    CurrentPerson me;

    @Inject
    NominationRegister register;

    @Inject
    NominationDetails details;

    @Inject
    Directory directory;

    @Inject
    PromotionSteps steps;

    @Inject
    TaskLookup lookup;

    @Inject
    WorkingCalendar calendar;

    private int year;
    private List<CalibrationRow> rows;
    private Calibration.Summary summary;

    public void load() {
        if (year == 0) {
            year = LocalDate.now(calendar.zone()).getYear();
        }
        Actor actor = me.actor();
        List<Nomination> nominations = register.visible(actor, utc(year), utc(year + 1));
        summary = Calibration.of(nominations, code -> details.grade(code, me.getLocale()),
                code -> directory.department(code).map(d -> d.name(me.getLocale())).orElse(code), this::teamSize);
        rows = new ArrayList<>();
        for (Nomination n : nominations) {
            String hrTask = n.getStatus() == NominationStatus.HR_REVIEW && NominationAccess.keepsPromotions(actor)
                    && !n.excludes(actor.login()) ? hrTask(n) : null;
            rows.add(new CalibrationRow(n.getNumber(), n.getNominee().displayName(), n.getNominee().department().name(me.getLocale()),
                    details.grade(n.getToGrade(), me.getLocale()), directory.displayName(n.getNominator()), Calibration.quartile(n),
                    accord.promotion.control.Evidence.read(n.getEvidence()).getOrDefault("attainment", ""), n.getStatus(), hrTask));
        }
    }

    /** The nominator's team in the nominee's department: its active people (memberLogins) other than the nominator. */
    private int teamSize(Nomination n) {
        return (int) directory.memberLogins(List.of(n.getNomineeDepartment())).stream().filter(login -> !login.equals(n.getNominator()))
                .count();
    }

    private String hrTask(Nomination n) {
        return lookup.openAt(n.getProcessInstanceId(), "hrReview").map(Task::getId).orElse(null);
    }

    /** Each chosen row by the same step as on the task page, in its own transaction; a refused row is named. */
    public void decideSelected() {
        int done = 0;
        for (CalibrationRow row : rows) {
            if (!row.isSelected() || row.getHrTaskId() == null) {
                continue;
            }
            try {
                steps.claimAndReview(me.actor(), row.getHrTaskId(), row.getDecision(), row.getReason());
                done++;
            } catch (NominationRefused refused) {
                Messages.addGlobalError(row.getNumber() + ": " + Text.of(refused.messageKey(), refused.arguments()));
            } catch (FlowableException | jakarta.transaction.TransactionalException raced) {
                LOG.log(Level.INFO, "A calibration decision on " + row.getNumber() + " lost a race", raced);
                Messages.addGlobalError(row.getNumber() + ": " + Text.of("task.refused.someoneFaster"));
            } catch (accord.inbox.control.TaskRefused refused) {
                Messages.addGlobalError(row.getNumber() + ": " + Text.of(refused.messageKey(), refused.arguments()));
            }
        }
        if (done > 0) {
            Messages.addGlobalInfo(Text.of("calibration.decided", done));
        }
        load();
    }

    private static LocalDateTime utc(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay();
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(calendar.zone()).getYear();
        return List.of(now, now - 1, now - 2);
    }

    public PromotionSteps.HrDecision[] getDecisions() {
        return PromotionSteps.HrDecision.values();
    }

    public boolean isHr() {
        return NominationAccess.keepsPromotions(me.actor());
    }

    public String percent(Double share) {
        return share == null ? "—" : Math.round(share * 100) + " %";
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<CalibrationRow> getRows() {
        return rows;
    }

    public Calibration.Summary getSummary() {
        return summary;
    }
}

package accord.keyaccount.boundary;

import accord.calendar.control.WorkingCalendar;
import accord.keyaccount.control.FigureAccess;
import accord.keyaccount.control.Retention;
import accord.organisation.control.Actor;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** The key-account report of a year for sales managers (their teams), the sales director and ADMIN (all). */
@Named
@ViewScoped
public class ReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    Retention retention;

    @Inject
    WorkingCalendar calendar;

    private int year;
    private transient Retention.Year figures;
    private transient List<Retention.Attainment> attainment;

    public void load() {
        if (year == 0) {
            year = LocalDate.now(calendar.zone()).getYear();
        }
        show();
    }

    public void show() {
        Actor actor = me.actor();
        figures = retention.of(actor, year, calendar.zone());
        attainment = retention.attainment(actor, year);
    }

    public boolean isAllowed() {
        Actor actor = me.actor();
        return actor.admin() || FigureAccess.mayImport(actor);
    }

    public String percent(Double share) {
        return share == null ? "—" : Math.round(share * 100) + " %";
    }

    /** An amount for the export as the page shows it, in whole yuan ("10270000", never "1.027E7"). */
    public String amount(Number value) {
        return value == null ? "" : new java.math.BigDecimal(value.toString()).setScale(0, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(calendar.zone()).getYear();
        return IntStream.rangeClosed(0, 4).mapToObj(back -> now - back).toList();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Retention.Year getFigures() {
        if (figures == null) {
            show();
        }
        return figures;
    }

    public List<Retention.Attainment> getAttainment() {
        if (attainment == null) {
            show();
        }
        return attainment;
    }
}

package accord.measure.boundary;

import accord.keyaccount.entity.AccountReview;
import accord.keyaccount.entity.ReviewStatus;
import accord.measure.control.Figure;
import accord.measure.control.MeasureFormulas;
import accord.measure.control.MeasureInputs;
import accord.measure.control.Period;
import accord.measure.control.Scope;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.control.Text;
import accord.promotion.entity.Nomination;
import accord.promotion.entity.NominationStatus;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The sales manager's part of the home page: each team member's attainment in the last quarter
 * (a chart and a table), the key-account reviews waiting in the team, and the manager's own
 * nominations still in flight, each opening its page.
 */
@Named
@ViewScoped
public class ManagerDashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A team member's attainment in the quarter. */
    public record Member(String login, String name, Figure attainment) implements Serializable {
    }

    /** A review or nomination in flight: its number, what it is about, where it stands. */
    public record Case(String number, String about, String status) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    MeasureInputs inputs;

    @Inject
    Directory directory;

    @PersistenceContext
    EntityManager em;

    private List<Member> team;
    private List<Case> reviews;
    private List<Case> nominations;

    public boolean isShown() {
        return me.getLogin() != null && me.actor().isIn(Role.SALES_MANAGER.name());
    }

    /** The quarter before this one: the latest whose sales are usually reported. */
    public Period getQuarter() {
        return Period.of(Period.Kind.QUARTER, LocalDate.now(me.zone())).previous();
    }

    public String getQuarterName() {
        return Text.of("measure.period.quarter", getQuarter().year(), getQuarter().number());
    }

    public List<Member> getTeam() {
        if (team == null) {
            team = directory.directReports(me.getLogin()).stream().map(e -> {
                        MeasureInputs.Sales sales = inputs.salesOf(Scope.reps(Set.of(e.login())), getQuarter());
                        return new Member(e.login(), e.displayName(), MeasureFormulas.attainment(sales.actual(), sales.target()));
                    }).toList();
        }
        return team;
    }

    /** Each member's attainment as a bar chart. */
    public String getChart() {
        return AttainmentChart.of(getTeam().stream().map(m -> java.util.Map.entry(m.name(), m.attainment())).toList());
    }

    /** The team's key-account reviews still open, with this manager as their sales manager. */
    public List<Case> getReviews() {
        if (reviews == null) {
            reviews = em.createQuery("select r from AccountReview r join fetch r.customer where r.salesManager = :login"
                    + " and r.status not in :ended order by r.number", AccountReview.class).setParameter("login", me.getLogin())
                    .setParameter("ended", List.of(ReviewStatus.DONE, ReviewStatus.CANCELLED)).getResultList().stream()
                    .map(r -> new Case(r.getNumber(), r.getCustomer().name(), Text.of("review.status." + r.getStatus().name()))).toList();
        }
        return reviews;
    }

    /** The manager's nominations not yet decided. */
    public List<Case> getNominations() {
        if (nominations == null) {
            nominations = em.createQuery("select n from Nomination n join fetch n.nominee where n.nominator = :login"
                    + " and n.status in :open order by n.number", Nomination.class).setParameter("login", me.getLogin())
                    .setParameter("open", Arrays.stream(NominationStatus.values()).filter(NominationStatus::isOpen).toList())
                    .getResultList().stream()
                    .map(n -> new Case(n.getNumber(), n.getNominee().displayName(), Text.of("promotion.status." + n.getStatus().name())))
                    .toList();
        }
        return nominations;
    }

    public String percent(Figure figure) {
        return FigureText.percent(figure);
    }
}

package accord.measure.boundary;

import accord.measure.control.Figure;
import accord.measure.control.MeasureInputs;
import accord.measure.control.Measures;
import accord.measure.control.Period;
import accord.measure.control.Scope;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import accord.platform.control.Refused;
import accord.platform.control.Text;
import accord.target.boundary.Targets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sales measures for a scope the person may see: a rep their own customers; a sales manager
 * also their team and each member; the sales director the company, each region, each team and
 * each rep. Anything else asked for is refused and recorded.
 */
@ApplicationScoped
public class SalesMeasures {

    /** A scope the person may choose: its code in links and its label. */
    public record Choice(String code, String label) implements Serializable {
    }

    /** A measure for the period, the period before and the same period a year earlier. */
    public record Row(String key, Measures.Unit unit, Figure now, Figure previous, Figure lastYear) implements Serializable {
    }

    /** The measures, and the key accounts lost in the period with the reasons given. */
    public record Table(List<Row> rows, List<MeasureInputs.Loss> losses) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    MeasureInputs inputs;

    @Inject
    Directory directory;

    @Inject
    Targets targets;

    public List<Choice> choices(Actor actor) {
        List<Choice> choices = new ArrayList<>();
        if (actor.isIn(Role.SALES_DIRECTOR.name())) {
            choices.add(new Choice("company", Text.of("measure.scope.company")));
            em.createQuery("select distinct c.region from Customer c where c.region is not null order by c.region", String.class)
                    .getResultList().forEach(r -> choices.add(new Choice("region:" + r, Text.of("measure.scope.region", r))));
            for (Employee manager : targets.managers()) {
                choices.add(new Choice("team:" + manager.login(), Text.of("measure.scope.team", manager.displayName())));
            }
        }
        choices.add(new Choice("me", Text.of("measure.scope.me")));
        if (actor.isIn(Role.SALES_MANAGER.name()) && !actor.isIn(Role.SALES_DIRECTOR.name())) {
            choices.add(new Choice("team:" + actor.login(), Text.of("measure.scope.myTeam")));
        }
        for (Employee rep : repsVisibleTo(actor)) {
            choices.add(new Choice("rep:" + rep.login(), Text.of("measure.scope.rep", rep.displayName())));
        }
        return choices;
    }

    /** The measures of the scope (a code from {@link #choices}) for the period and the two beside it. */
    public Table table(Actor actor, String code, Period period, ZoneId zone) {
        if (choices(actor).stream().noneMatch(c -> c.code().equals(code))) {
            AccessRefusals.record(actor.login(), AuditWording.of("audit.act.seeMeasures", code), "measure.refused.notYours");
            throw new Refused("measure.refused.notYours", actor.login() + " may not see the measures of " + code);
        }
        Scope scope = scope(actor, code);
        MeasureInputs.Inputs now = inputs.of(scope, period, zone);
        MeasureInputs.Inputs previous = inputs.of(scope, period.previous(), zone);
        MeasureInputs.Inputs lastYear = inputs.of(scope, period.lastYear(), zone);
        // Growth looks a year back from each: only the sales of those periods are needed.
        MeasureInputs.Sales nowYearBefore = lastYear.sales();
        MeasureInputs.Sales previousYearBefore = inputs.salesOf(scope, period.previous().lastYear());
        MeasureInputs.Sales lastYearBefore = inputs.salesOf(scope, period.lastYear().lastYear());
        List<Row> rows = Measures.ALL.stream().map(m -> new Row(m.key(), m.unit(), m.formula().apply(now, nowYearBefore),
                m.formula().apply(previous, previousYearBefore), m.formula().apply(lastYear, lastYearBefore))).toList();
        return new Table(rows, now.losses());
    }

    /** The scope a code names; the code must be one of the person's {@link #choices}. */
    Scope scope(Actor actor, String code) {
        if (code.equals("company")) {
            return Scope.company();
        }
        if (code.equals("me")) {
            return Scope.reps(Set.of(actor.login()));
        }
        if (code.startsWith("region:")) {
            return Scope.region(code.substring("region:".length()));
        }
        if (code.startsWith("team:")) {
            return Scope.reps(team(code.substring("team:".length())));
        }
        return Scope.reps(Set.of(code.substring("rep:".length())));
    }

    /** A sales manager and their direct reports: whose customers a team's figures are. */
    Set<String> team(String manager) {
        Set<String> team = new HashSet<>(directory.directReports(manager).stream().map(Employee::login).toList());
        team.add(manager);
        return team;
    }

    /** A manager's team members; for the sales director, everyone who reports to a sales manager. */
    private List<Employee> repsVisibleTo(Actor actor) {
        if (actor.isIn(Role.SALES_DIRECTOR.name())) {
            return em.createQuery("""
                    select e from Employee e where e.active = true and e.manager in
                    (select m from Employee m join m.roles r where r = :role) order by e.displayName""", Employee.class)
                    .setParameter("role", Role.SALES_MANAGER).getResultList();
        }
        if (actor.isIn(Role.SALES_MANAGER.name())) {
            return directory.directReports(actor.login());
        }
        return List.of();
    }

}

package accord.promotion.boundary;

import accord.grading.control.GradeLadder;
import accord.organisation.control.Actor;
import accord.organisation.entity.Employee;
import accord.people.boundary.PersonCard;
import accord.platform.control.Text;
import accord.promotion.control.NominationAccess;
import accord.promotion.control.NominationRefused;
import accord.promotion.control.NominationRegister;
import accord.promotion.control.NominationRules;
import accord.promotion.entity.Nomination;
import accord.promotion.entity.NominationStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The nominations part of a person's page: whether the reader may nominate them, the nominations
 * the reader may see, and for the person themself only the outcome of their ended nominations.
 */
@Named
@ViewScoped
public class PersonNominations extends PersonCard {

    private static final long serialVersionUID = 1L;

    /** A nomination as a row: its number, the target grade, where it stands. */
    public record Row(String number, String grade, NominationStatus status, Instant submittedAt) implements Serializable {
    }

    /** What the nominee learns: the grade, promoted (and from when) or not. */
    public record Outcome(String grade, boolean promoted, LocalDate effectiveOn) implements Serializable {
    }

    @Inject
    NominationRegister register;

    @Inject
    NominationRules rules;

    @Inject
    GradeLadder ladder;

    private String login;
    private boolean nominable;
    private List<Row> rows = List.of();
    private List<Outcome> outcomes = List.of();
    private String whyNot;

    @Override
    protected void read(Employee person, Actor actor) {
        login = person.login();
        try {
            rules.mayStartFor(actor, person, !ladder.above(person.grade()).isEmpty(), java.time.Instant.now());
            nominable = true;
        } catch (NominationRefused notNow) {
            nominable = false;
            // Their own team's manager learns why there is no button; anyone else learns nothing.
            whyNot = "promotion.refused.notYourTeam".equals(notNow.messageKey()) ? null
                    : Text.of(notNow.messageKey(), notNow.arguments());
        }
        List<Nomination> all = register.ofNominee(person.id());
        rows = all.stream().filter(n -> NominationAccess.maySee(actor, n))
                .map(n -> new Row(n.getNumber(), grade(n.getToGrade()), n.getStatus(), n.getSubmittedAt())).toList();
        outcomes = all.stream().filter(n -> NominationAccess.mayLearnOutcome(actor, n))
                .map(n -> new Outcome(grade(n.getToGrade()), n.getStatus() == NominationStatus.PROMOTED, n.getEffectiveOn()))
                .toList();
    }

    private String grade(String code) {
        return ladder.nameOf(code, me.getLocale());
    }

    public String getLogin() {
        return login;
    }

    /** Why the reader, who leads this person, cannot nominate them now (one under way, blocked, top of the ladder). */
    public String getWhyNot() {
        return whyNot;
    }

    public boolean isNominable() {
        return nominable;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Outcome> getOutcomes() {
        return outcomes;
    }
}

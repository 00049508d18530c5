package accord.deputy.boundary;

import accord.deputy.control.Absences;
import accord.deputy.entity.Absence;
import accord.organisation.control.Directory;
import accord.organisation.control.PersonalWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Absences a leaving person stands in for, now or later: the successor stands in instead (the
 * tasks already routed to the leaving deputy move with their other tasks and still go back when
 * the absence ends). Nobody stands in for themselves: such a successor is refused.
 */
@ApplicationScoped
public class DeputyDuties implements PersonalWork {

    @Inject
    Absences absences;

    @Inject
    Directory directory;

    @Override
    public List<Item> heldBy(String login) {
        return absences.standingIn(login).stream()
                .map(a -> new Item("departure.kind.deputy", directory.displayName(a.getPerson()) + " · " + a.getFirstDay() + " – " + a.getLastDay(),
                        null))
                .toList();
    }

    @Override
    public void handOver(String login, String successor, String by) {
        absences.standingIn(login).forEach(absence -> absence.standIn(successor));
    }

    @Override
    public Optional<String> refusesSuccessor(String login, String successor) {
        boolean coversThemselves = absences.standingIn(login).stream().anyMatch(a -> a.getPerson().equals(successor));
        return coversThemselves ? Optional.of("departure.refused.successorIsAway") : Optional.empty();
    }
}

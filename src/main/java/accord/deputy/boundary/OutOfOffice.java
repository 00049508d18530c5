package accord.deputy.boundary;

import accord.deputy.control.AbsenceRefused;
import accord.deputy.control.AbsenceRules;
import accord.deputy.control.Absences;
import accord.deputy.control.DeputyRouting;
import accord.deputy.entity.Absence;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.organisation.entity.Employee;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
/**
 * Planning and ending absences, one transaction each. Ending one gives the deputy's open tasks
 * for the person back to the person, in the same transaction as the end is recorded.
 */
@ApplicationScoped
@Transactional
public class OutOfOffice {


    @PersistenceContext
    EntityManager em;

    @Inject
    Absences absences;

    @Inject
    Directory directory;

    @Inject
    TaskService tasks;

    /** Plans the person's absence; refused (with the field it concerns) when a rule is broken. */
    public Absence plan(Actor actor, String deputy, LocalDate firstDay, LocalDate lastDay) {
        boolean deputyActive = deputy != null && directory.employee(deputy).filter(Employee::isActive).isPresent();
        AbsenceRules.check(actor.login(), deputy, deputyActive, firstDay, lastDay, absences.today(),
                absences.open(actor.login()), deputy == null ? List.of() : absences.open(deputy),
                absences.standingIn(actor.login())).ifPresent(broken -> {
                    throw new AbsenceRefused(broken[1], broken[0], deputy == null ? "" : directory.displayName(deputy));
                });
        Absence absence = new Absence(actor.login(), deputy, firstDay, lastDay);
        em.persist(absence);
        return absence;
    }

    /**
     * Ends an absence now: a planned one is dropped, a lasting one ends and its tasks go back.
     * Only the person (or ADMIN) ends it. Returns how many tasks went back.
     */
    public int end(Actor actor, long absenceId) {
        Absence absence = Optional.ofNullable(em.find(Absence.class, absenceId, LockModeType.PESSIMISTIC_WRITE))
                .filter(a -> a.getPerson().equals(actor.login()) || actor.admin())
                .filter(a -> a.getEndedAt() == null)
                .orElseThrow(() -> {
                    AccessRefusals.record(actor.login(), AuditWording.of("audit.act.endAbsence", absenceId), "absence.refused.notYours");
                    return new AbsenceRefused("absence.refused.notYours", "");
                });
        if (absence.isPlanned(absences.today())) {
            em.remove(absence);
            return 0;
        }
        return endAndReturn(absence);
    }

    /** The absences whose last day has passed and that have not ended yet (the hourly round's list). */
    public List<Long> over() {
        return absences.over().stream().map(Absence::getId).toList();
    }

    /**
     * Ends the absence if it is still open and over, in a transaction of its own and under a row
     * lock: two nodes' rounds (or the person ending it by hand) take turns, and the second finds it
     * ended and does nothing. Returns whether this call ended it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean endIfOver(long absenceId) {
        Absence absence = em.find(Absence.class, absenceId, LockModeType.PESSIMISTIC_WRITE);
        if (absence == null || !absence.isOver(absences.today())) {
            return false;
        }
        endAndReturn(absence);
        return true;
    }

    private int endAndReturn(Absence absence) {
        absence.end(LocalDateTime.now(ZoneOffset.UTC));
        int returned = 0;
        for (Task task : tasks.createTaskQuery().taskAssignee(absence.getDeputy())
                .taskVariableValueEquals(DeputyRouting.ON_BEHALF_OF, absence.getPerson()).list()) {
            tasks.setAssignee(task.getId(), absence.getPerson());
            tasks.removeVariableLocal(task.getId(), DeputyRouting.ON_BEHALF_OF);
            returned++;
        }
        return returned;
    }
}

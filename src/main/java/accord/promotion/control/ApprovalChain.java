package accord.promotion.control;

import accord.grading.entity.Grade;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import accord.promotion.entity.Nomination;
import accord.workflow.control.WorkflowKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.dmn.api.DmnDecisionService;

/**
 * Who approves a nomination after HR. The head of the nominee's department, unless the head is the
 * nominator or the nominee (four eyes): then the next one up (the head's own manager, else the head
 * of the department above), and the chain says so. The sales director approves as well where
 * workflows/promotion-approval-chain.dmn says so, unless the director already approves as head or
 * no director other than nominator and nominee exists (said too). Notes are codes with logins
 * ("HEAD_SKIPPED li.ming zhou.jianguo"), shown in each reader's language.
 */
@ApplicationScoped
public class ApprovalChain {

    @Inject
    DmnDecisionService decisions;

    /** The chain; its notes say when the director's step is left out (Nomination.directorStep reads them). */
    public Nomination.Chain plan(Employee nominee, String nominator, Grade from, Grade to, List<Employee> directors) {
        int levelsUp = levelsUp(from, to);
        Map<String, Object> rule = decisions.createExecuteDecisionBuilder().decisionKey(WorkflowKeys.PROMOTION_APPROVAL_CHAIN)
                .variable("levelsUp", levelsUp).variable("targetLevel", to.getLevel()).executeWithSingleResult();
        boolean directorNeeded = Boolean.TRUE.equals(rule.get("directorApproval"));
        Set<String> excluded = Set.of(nominator, nominee.login());
        List<String> notes = new ArrayList<>();
        Employee head = nominee.department().head();
        Employee approver = head;
        for (int steps = 0; approver != null && excluded.contains(approver.login()) && steps < 10; steps++) {
            approver = nextUp(approver);
        }
        if (approver != head) {
            notes.add(approver == null ? "HEAD_NONE " + (head == null ? "-" : head.login())
                    : "HEAD_SKIPPED " + (head == null ? "-" : head.login()) + " " + approver.login());
        }
        if (directorNeeded && approver != null && approver.has(Role.SALES_DIRECTOR)) {
            notes.add("DIRECTOR_AS_HEAD " + approver.login());
        } else if (directorNeeded && directors.stream().allMatch(d -> excluded.contains(d.login()))) {
            notes.add("DIRECTOR_NONE");
        }
        return new Nomination.Chain(approver == null ? null : approver.login(), directorNeeded, (String) rule.get("reason"),
                notes.isEmpty() ? null : String.join("\n", notes));
    }

    public static int levelsUp(Grade from, Grade to) {
        return to.getLevel() - (from == null ? 0 : from.getLevel());
    }

    /** The head's own manager, else the head of the department above theirs. */
    private static Employee nextUp(Employee person) {
        if (person.manager() != null) {
            return person.manager();
        }
        var department = person.department();
        while (department != null) {
            if (department.head() != null && !department.head().login().equals(person.login())) {
                return department.head();
            }
            department = department.parent();
        }
        return null;
    }
}

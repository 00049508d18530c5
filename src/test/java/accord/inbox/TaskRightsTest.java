package accord.inbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.inbox.control.TaskFacts;
import accord.inbox.control.TaskRights;
import accord.organisation.control.Actor;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskRightsTest {

    private final Actor agent = new Actor("ma.lin", List.of("CUSTOMER_SERVICE", "STAFF"), Set.of(), false);
    private final Actor head = new Actor("xu.hui", List.of("CUSTOMER_SERVICE", "DEPT_HEAD"), Set.of("CUSTOMER_SERVICE"), false);
    private final Actor outsider = new Actor("he.peng", List.of("TECH_SUPPORT", "STAFF"), Set.of(), false);
    private final Actor admin = new Actor("admin", List.of("HR", "ADMIN"), Set.of(), true);

    private static TaskFacts offered() {
        return new TaskFacts("1", null, null, false, List.of("CUSTOMER_SERVICE"), List.of(), Set.of("CUSTOMER_SERVICE"), false);
    }

    private static TaskFacts heldBy(String login) {
        return new TaskFacts("1", login, null, false, List.of("CUSTOMER_SERVICE"), List.of(), Set.of("CUSTOMER_SERVICE"), false);
    }

    @Test
    void onlyCandidatesClaimAndOnlyWhileUnclaimed() {
        assertTrue(TaskRights.canClaim(agent, offered()));
        assertFalse(TaskRights.canClaim(outsider, offered()));
        assertFalse(TaskRights.canClaim(agent, heldBy("hu.yan")));
    }

    @Test
    void onlyTheHolderCompletesOrReleases() {
        assertTrue(TaskRights.canComplete(agent, heldBy("ma.lin")));
        assertFalse(TaskRights.canComplete(head, heldBy("ma.lin")), "not even the head");
        assertTrue(TaskRights.canRelease(agent, heldBy("ma.lin")));
        assertFalse(TaskRights.canRelease(agent, new TaskFacts("1", "ma.lin", null, false, List.of(), List.of(),
                Set.of("CUSTOMER_SERVICE"), false)), "a personal task has no team to go back to");
    }

    @Test
    void headsAndAdministratorsReassign() {
        assertTrue(TaskRights.canReassign(head, heldBy("ma.lin")));
        assertTrue(TaskRights.canReassign(admin, heldBy("ma.lin")));
        assertFalse(TaskRights.canReassign(agent, heldBy("hu.yan")));
    }

    @Test
    void outsidersDoNotSeeTheTaskUnlessTheyTookPartInTheCase() {
        assertFalse(TaskRights.canSee(outsider, offered()));
        assertTrue(TaskRights.canSee(outsider, new TaskFacts("1", null, null, false, List.of("CUSTOMER_SERVICE"),
                List.of(), Set.of("CUSTOMER_SERVICE"), true)));
    }

    @Test
    void thePageSaysWhyTheTaskIsYours() {
        assertArrayEquals(new String[] {"task.why.offeredToGroup", "CUSTOMER_SERVICE"},
                TaskRights.whyYours(agent, offered()).orElseThrow());
        assertArrayEquals(new String[] {"task.why.assigned", ""}, TaskRights.whyYours(agent, heldBy("ma.lin")).orElseThrow());
        assertArrayEquals(new String[] {"task.why.delegated", "hu.yan"}, TaskRights.whyYours(agent,
                new TaskFacts("1", "ma.lin", "hu.yan", true, List.of(), List.of(), Set.of(), false)).orElseThrow());
        assertArrayEquals(new String[] {"task.why.head", "CUSTOMER_SERVICE"},
                TaskRights.whyYours(head, heldBy("ma.lin")).orElseThrow());
    }
}

package accord.inbox.control;

import accord.inbox.entity.TaskList;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.flowable.engine.TaskService;
import org.flowable.task.api.NativeTaskQuery;

/**
 * How many open tasks each list holds, unfiltered, for the side menu and the home page.
 *
 * <p>The engine's own task query finds a group's tasks with a correlated EXISTS on the candidate
 * links, which checks every open task in turn (on 10 000 open tasks, tens of milliseconds per count
 * on H2). These counts turn it round: the links are looked up by group or person through their
 * indexes, then the tasks by id. The lists themselves stay engine queries ({@link TaskQueries});
 * InboxIT checks that both give the same numbers.
 */
@ApplicationScoped
public class ListCounts {

    // Flowable's table and column names; "active" is SUSPENSION_STATE_ = 1, as in the engine's queries.
    private static final String OPEN_TASKS = "SELECT COUNT(*) FROM ACT_RU_TASK T WHERE T.SUSPENSION_STATE_ = 1";
    private static final String CANDIDATE_LINKS = "SELECT L.TASK_ID_ FROM ACT_RU_IDENTITYLINK L WHERE L.TYPE_ = 'candidate'";

    @Inject
    TaskService tasks;

    @Inject
    Directory directory;

    public long count(Actor actor, TaskList list) {
        return switch (list) {
            case MINE -> tasks.createTaskQuery().active().taskAssignee(actor.login()).count();
            case TEAM -> offeredTo(actor);
            case INVOLVED -> tasks.createNativeTaskQuery()
                    .sql(OPEN_TASKS + " AND T.PROC_INST_ID_ IN (SELECT L.PROC_INST_ID_ FROM ACT_RU_IDENTITYLINK L"
                            + " WHERE L.USER_ID_ = #{login} AND L.PROC_INST_ID_ IS NOT NULL)")
                    .parameter("login", actor.login()).count();
            case DEPARTMENT -> actor.headsAny() ? ofDepartments(actor.headOf()) : 0;
        };
    }

    /** Open tasks of departments: offered to one of them, or assigned to one of their members. */
    public long ofDepartments(Set<String> departmentCodes) {
        if (departmentCodes.isEmpty()) {
            return 0;
        }
        List<String> members = directory.memberLogins(departmentCodes);
        String offered = CANDIDATE_LINKS + " AND L.GROUP_ID_ IN (" + NativeSql.parameters("g", departmentCodes.size()) + ")";
        String held = "SELECT A.ID_ FROM ACT_RU_TASK A WHERE A.ASSIGNEE_ IN (" + NativeSql.parameters("m", members.size()) + ")";
        String sql = OPEN_TASKS + " AND (T.CATEGORY_ IS NULL OR T.CATEGORY_ <> '" + TaskFacts.CONFIDENTIAL + "')"
                + " AND T.ID_ IN (" + offered + (members.isEmpty() ? "" : " UNION " + held) + ")";
        NativeTaskQuery query = tasks.createNativeTaskQuery().sql(sql);
        NativeSql.bind(query, "g", departmentCodes);
        NativeSql.bind(query, "m", members);
        return query.count();
    }

    /** Unclaimed tasks offered to one of the person's groups or to the person by name. */
    private long offeredTo(Actor actor) {
        if (actor.groups().isEmpty()) {
            return 0;
        }
        String sql = OPEN_TASKS + " AND T.ASSIGNEE_ IS NULL AND T.ID_ IN ("
                + CANDIDATE_LINKS + " AND L.GROUP_ID_ IN (" + NativeSql.parameters("g", actor.groups().size()) + ")"
                + " UNION " + CANDIDATE_LINKS + " AND L.USER_ID_ = #{login})";
        NativeTaskQuery query = tasks.createNativeTaskQuery().sql(sql).parameter("login", actor.login());
        NativeSql.bind(query, "g", actor.groups());
        return query.count();
    }
}

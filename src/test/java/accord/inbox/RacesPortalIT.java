package accord.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.testing.SharedPortal;
import accord.testing.SignedInClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Races as people make them, through the pages: everyone with the page open presses at the same
 * moment. One wins; every other person gets a page saying what happened instead, never an error, and
 * the engine holds exactly one outcome. Plain HTTP, as the pages' forms post: no browser needed to
 * press at the same moment.
 */
@ExtendWith(SharedPortal.class)
class RacesPortalIT {

    /** The ten people of Sales (its two teams and the director): the group the case is offered to. */
    private static final List<String> SALES = List.of("zhou.jianguo", "li.ming", "wang.fang", "zhang.wei", "liu.yang", "chen.jing",
            "zhao.lei", "sun.li", "huang.tao", "wu.xia");

    @Test
    void tenPeoplePressingClaimOnOneTaskAtOnceLeaveOneHolderAndNineClearAnswers() throws Exception {
        URI uri = SharedPortal.base().toURI();
        List<SignedInClient> people = new ArrayList<>();
        for (String login : SALES) {
            people.add(SignedInClient.signIn(uri, login));
        }
        String number = people.get(0).get("it/start-case?offeredTo=SALES&approver=li.ming&subject=" + java.net.URLEncoder.encode("同时认领", java.nio.charset.StandardCharsets.UTF_8)).body();
        String taskId = openTasks(people.get(0), number).get(0).split(" ")[1];

        List<SignedInClient.Form> pages = new ArrayList<>();
        for (SignedInClient person : people) {
            pages.add(person.open("inbox/task.xhtml?id=" + taskId, "form"));
        }
        List<HttpResponse<byte[]>> answers = atOnce(pages.stream()
                .<Callable<HttpResponse<byte[]>>>map(page -> () -> page.press("claim", Map.of())).toList());

        Map<String, Integer> outcomes = new TreeMap<>();
        String winner = null;
        for (int i = 0; i < answers.size(); i++) {
            String outcome = outcome(people.get(i), answers.get(i));
            outcomes.merge(outcome, 1, Integer::sum);
            if (outcome.equals("claimed")) {
                winner = SALES.get(i);
            }
        }
        assertEquals(1, outcomes.getOrDefault("claimed", 0), "one winner: " + outcomes);
        assertEquals(9, outcomes.getOrDefault("told who holds it", 0) + outcomes.getOrDefault("told someone was faster", 0),
                "nine clear answers: " + outcomes);
        assertEquals(List.of("open " + taskId + " review " + winner), openTasks(people.get(0), number), "one holder, the winner");
    }

    @Test
    void aDoubleClickedCompleteCompletesTheStepOnce() throws Exception {
        URI uri = SharedPortal.base().toURI();
        SignedInClient person = SignedInClient.signIn(uri, "chen.jing");
        String number = person.get("it/start-case?offeredTo=SALES&approver=li.ming&subject=" + java.net.URLEncoder.encode("双击完成", java.nio.charset.StandardCharsets.UTF_8)).body();
        String taskId = openTasks(person, number).get(0).split(" ")[1];
        person.open("inbox/task.xhtml?id=" + taskId, "form").press("claim", Map.of());

        SignedInClient.Form page = person.open("inbox/task.xhtml?id=" + taskId, "form");
        List<HttpResponse<byte[]>> answers = atOnce(List.of(() -> page.press("complete", Map.of("comment", "已核对")),
                () -> page.press("complete", Map.of("comment", "已核对"))));

        // One session: the browser shows whichever answer came last, and the two answers share the
        // session's flash, so one page may carry both messages and the other none. Together they say
        // the task is done, and nothing else.
        java.util.Set<String> told = new java.util.TreeSet<>();
        for (HttpResponse<byte[]> answer : answers) {
            told.add(outcome(person, answer));
        }
        told.remove("told nothing we know");
        assertTrue(!told.isEmpty() && java.util.Set.of("completed", "told you did it already").containsAll(told), told.toString());
        List<String> steps = openTasks(person, number);
        assertEquals(List.of("approve li.ming", "review chen.jing"),
                steps.stream().map(line -> line.split(" ")[2] + " " + line.split(" ")[3]).sorted().toList(),
                "the review done once, one approval after it: " + steps);
    }

    @Test
    void aHeadDecidingOneHandoffOnTwoDevicesAtOnceDecidesItOnce() throws Exception {
        URI uri = SharedPortal.base().toURI();
        SignedInClient requester = SignedInClient.signIn(uri, "zhang.wei");
        HttpResponse<byte[]> requested = requester.submit("handoffs/new.xhtml", "request", "submit", Map.of(
                "targetDepartment_input", "TECH_SUPPORT", "kind_input", "TECHNICAL_PROPOSAL", "priority", "NORMAL",
                "neededBy_input", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(14).toString(),
                "subject", "同时审批的技术方案", "details", "两台设备上同时审批。", "acceptanceCriteria", "方案完整"));
        assertEquals(302, requested.statusCode(), new String(requested.body(), java.nio.charset.StandardCharsets.UTF_8));
        String number = requested.headers().firstValue("Location").orElseThrow().replaceAll(".*number=", "");
        String approval = openTasks(requester, number).get(0).split(" ")[1];

        SignedInClient desk = SignedInClient.signIn(uri, "guo.qiang");
        SignedInClient phone = SignedInClient.signIn(uri, "guo.qiang");
        SignedInClient.Form onDesk = desk.open("inbox/task.xhtml?id=" + approval, "handoff-form");
        SignedInClient.Form onPhone = phone.open("inbox/task.xhtml?id=" + approval, "handoff-form");
        List<HttpResponse<byte[]>> answers = atOnce(List.of(
                () -> onDesk.press("decide-done", Map.of("decision", "APPROVE", "assignee_input", "he.peng", "text", "何鹏负责")),
                () -> onPhone.press("decide-done", Map.of("decision", "APPROVE", "assignee_input", "he.peng", "text", "何鹏负责"))));

        Map<String, Integer> outcomes = new TreeMap<>();
        outcomes.merge(outcome(desk, answers.get(0)), 1, Integer::sum);
        outcomes.merge(outcome(phone, answers.get(1)), 1, Integer::sum);
        assertEquals(1, outcomes.getOrDefault("step done", 0), "one decision: " + outcomes);
        assertEquals(1, outcomes.getOrDefault("told you did it already", 0) + outcomes.getOrDefault("told it is done", 0)
                + outcomes.getOrDefault("told someone was faster", 0) + outcomes.getOrDefault("told the step moved on", 0),
                "the other told: " + outcomes);
        List<String> tasks = openTasks(requester, number);
        assertEquals(1, tasks.stream().filter(t -> t.startsWith("done ") && t.contains(" approve ")).count(), tasks.toString());
        assertEquals(1, tasks.stream().filter(t -> t.startsWith("open ") && t.endsWith(" he.peng")).count(),
                "one delivery, for he.peng: " + tasks);
    }

    @Test
    void twoHrPeopleDecidingOneNominationOnTheCalibrationBoardAtOnceDecideItOnce() throws Exception {
        URI uri = SharedPortal.base().toURI();
        // The demo's nomination of 黄涛 (by 赵磊) waits for HR; both HR people have it on their board.
        SignedInClient caoLi = SignedInClient.signIn(uri, "cao.li");
        SignedInClient fengQing = SignedInClient.signIn(uri, "feng.qing");
        String board = caoLi.get("promotions/calibration.xhtml").body();
        java.util.regex.Matcher row = java.util.regex.Pattern
                .compile("data-ri=\"(\\d+)\"((?:(?!data-ri=).)*?黄涛(?:(?!data-ri=).)*?)</tr>", java.util.regex.Pattern.DOTALL)
                .matcher(board);
        assertTrue(row.find() && row.group(2).contains("selected_input"), "黄涛's nomination waits for HR on the board");
        String index = row.group(1);
        String number = row.group(2).replaceAll("(?s).*class=\"case-number\"[^>]*>([^<]+)<.*", "$1").strip();

        Map<String, String> approve = Map.of("rows:" + index + ":selected_input", "on", "rows:" + index + ":decision_input", "APPROVE",
                "rows:" + index + ":reason", "");
        SignedInClient.Form first = caoLi.open("promotions/calibration.xhtml", "calibration");
        SignedInClient.Form second = fengQing.open("promotions/calibration.xhtml", "calibration");
        List<HttpResponse<byte[]>> answers = atOnce(List.of(() -> first.press("decide", approve), () -> second.press("decide", approve)));

        Map<String, Integer> outcomes = new TreeMap<>();
        outcomes.merge(outcome(caoLi, answers.get(0)), 1, Integer::sum);
        outcomes.merge(outcome(fengQing, answers.get(1)), 1, Integer::sum);
        assertEquals(1, outcomes.getOrDefault("nominations decided", 0), "one decision: " + outcomes);
        assertEquals(1, outcomes.getOrDefault("told who holds it", 0) + outcomes.getOrDefault("told it is done", 0)
                + outcomes.getOrDefault("told someone was faster", 0), "the other told: " + outcomes);
        List<String> tasks = openTasks(caoLi, number);
        assertEquals(1, tasks.stream().filter(t -> t.startsWith("done ") && t.contains(" hrReview ")).count(), tasks.toString());
        assertEquals(1, tasks.stream().filter(t -> t.startsWith("open ")).count(), "one next step: " + tasks);
    }

    /** The case's tasks as the engine has them ("open|done id step holder"), open first. */
    private static List<String> openTasks(SignedInClient anyone, String number) throws Exception {
        return anyone.get("it/case-tasks?number=" + number).body().lines().filter(line -> !line.isBlank()).toList();
    }

    /** Every call started at the same moment, each on a thread of its own; their answers in order. */
    private static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch ready = new CountDownLatch(calls.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(future.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    /** What the person was told on the page the button led to or showed again (in either language), or what went wrong. */
    private static String outcome(SignedInClient person, HttpResponse<byte[]> answer) throws Exception {
        String page;
        if (answer.statusCode() == 302) {
            HttpResponse<String> shown = person.follow(answer);
            if (shown.statusCode() != 200) {
                return "then " + shown.statusCode();
            }
            page = shown.body();
        } else if (answer.statusCode() == 200) {
            page = new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);
        } else {
            return "answered " + answer.statusCode();
        }
        if (page.contains("：已完成此步") || page.contains(": done.")) {
            return "step done";
        }
        if (page.contains("项提名。") || page.contains("nominations decided")) {
            return "nominations decided";
        }
        if (page.contains("该任务已不在这一步") || page.contains("not at that step any more")) {
            return "told the step moved on";
        }
        if (page.contains("您已认领") || page.contains("You claimed")) {
            return "claimed";
        }
        if (page.contains("此任务已被") || page.contains("already claimed by")) {
            return "told who holds it";
        }
        if (page.contains("有人同时处理了此任务") || page.contains("Someone else acted on this task")) {
            return "told someone was faster";
        }
        if (page.contains("您已完成此任务") || page.contains("You completed this task already")) {
            return "told you did it already";
        }
        if (page.contains("已完成或已不存在") || page.contains("already completed or no longer exists")) {
            return "told it is done";
        }
        if (page.contains("已完成。") || page.contains("is completed.")) {
            return "completed";
        }
        return "told nothing we know";
    }
}

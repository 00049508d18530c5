package accord.demo.boundary;

import accord.calendar.control.WorkingCalendar;
import accord.complaint.entity.Complaint;
import accord.customer.entity.Customer;
import accord.handoff.boundary.HandoffRequests;
import accord.handoff.boundary.HandoffSteps;
import accord.handoff.control.RequestForm;
import accord.handoff.entity.Handoff;
import accord.handoff.entity.HandoffKind;
import accord.handoff.entity.HandoffPriority;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.flowable.engine.TaskService;

/**
 * Demo handoffs, made the way people make them: sales reps ask Technical Support, Marketing,
 * Product and After-sales, and the heads and engineers take them through the real steps, so
 * every step of the process has a case waiting somewhere (approvals, a proposed date, a delivery
 * to accept) and one is done.
 */
@ApplicationScoped
public class DemoHandoffs {

    @PersistenceContext
    EntityManager em;

    @Inject
    HandoffRequests requests;

    @Inject
    HandoffSteps steps;

    @Inject
    Directory directory;

    @Inject
    TaskService tasks;

    @Inject
    WorkingCalendar calendar;

    public void create() {
        List<Customer> customers = em.createQuery("select c from Customer c order by c.code", Customer.class)
                .setMaxResults(5).getResultList();
        if (customers.size() < 5) {
            return;
        }
        LocalDate today = LocalDate.now(calendar.zone());

        Handoff proposal = request("zhang.wei", "TECH_SUPPORT", HandoffKind.TECHNICAL_PROPOSAL, customers.get(0), null,
                "二号生产线自动化改造技术方案", "客户计划明年改造二号生产线，需要我方提供自动化改造技术方案，用于内部立项。",
                "覆盖二号生产线全部工位\n给出分阶段实施计划\n附预算区间", today.plusDays(14), HandoffPriority.HIGH);
        step(proposal, "approve", id -> steps.decide(actor("guo.qiang"), id,
                new HandoffSteps.Approval(HandoffSteps.Decision.APPROVE, "he.peng", null, "何鹏负责，两周内完成。")));
        step(proposal, "deliver", id -> steps.deliver(actor("he.peng"), id,
                "技术方案已完成：三阶段实施，预算 180–220 万元，详见方案文档。"));
        step(proposal, "accept", id -> steps.accept(actor("zhang.wei"), id,
                new HandoffSteps.Acceptance(true, 3, 5, null)));

        request("wang.fang", "MARKETING", HandoffKind.MARKETING_MATERIAL, customers.get(1), null,
                "年度客户答谢会宣传资料", "答谢会邀请 30 家重点客户，需要邀请函、产品手册和现场展板。",
                "邀请函中英文各一版\n产品手册更新到最新型号", today.plusDays(10), HandoffPriority.NORMAL);

        request("sun.li", "TECH_SUPPORT", HandoffKind.DEMO_OR_TEST, customers.get(4), null,
                "新型控制器现场演示", "客户希望在其车间现场演示新型控制器，确认与现有设备的兼容性。",
                "在客户现场完成演示\n提交兼容性测试记录", today.plusDays(7), HandoffPriority.URGENT);

        Handoff custom = request("liu.yang", "PRODUCT", HandoffKind.PRODUCT_CUSTOMISATION, customers.get(2), null,
                "包装机接口定制", "客户的包装机需要专用通信接口，请评估并提供定制方案。",
                "接口协议文档\n样机联调通过", today.plusDays(5), HandoffPriority.NORMAL);
        step(custom, "approve", id -> steps.decide(actor("zheng.hao"), id,
                new HandoffSteps.Approval(HandoffSteps.Decision.APPROVE, "liang.yu", today.plusDays(12), "样机排期较满，需顺延一周。")));

        Handoff install = request("zhang.wei", "AFTER_SALES", HandoffKind.INSTALLATION, customers.get(3), null,
                "新设备安装调试", "客户新购两台设备已到货，需要安排安装调试并培训操作人员。",
                "两台设备安装完成\n操作人员培训签到表", today.plusDays(6), HandoffPriority.HIGH);
        step(install, "approve", id -> steps.decide(actor("song.bo"), id,
                new HandoffSteps.Approval(HandoffSteps.Decision.APPROVE, "tang.min", null, null)));
        step(install, "deliver", id -> steps.deliver(actor("tang.min"), id,
                "两台设备已安装调试完成，已培训 6 名操作人员。"));

        // Technical Support asks Product about the controller alarms of an open complaint.
        em.createQuery("select c from Complaint c where c.subject = :subject", Complaint.class)
                .setParameter("subject", "控制系统频繁报警停机").getResultStream().findFirst()
                .ifPresent(alarm -> request("he.peng", "PRODUCT", HandoffKind.OTHER, null, alarm.getId(),
                        alarm.getNumber() + " · 控制器固件报警分析", "客户控制系统每天报警停机三到四次，请产品部分析固件是否存在已知问题。",
                        "给出报警原因\n给出固件升级建议", today.plusDays(3), HandoffPriority.URGENT));
    }

    private Handoff request(String requester, String target, HandoffKind kind, Customer customer, Long complaintId,
            String subject, String details, String criteria, LocalDate neededBy, HandoffPriority priority) {
        RequestForm form = new RequestForm();
        form.setTargetDepartment(target);
        form.setKind(kind);
        form.setCustomerId(customer == null ? null : customer.id());
        form.setComplaintId(complaintId);
        form.setSubject(subject);
        form.setDetails(details);
        form.setAcceptanceCriteria(criteria);
        form.setNeededBy(neededBy);
        form.setPriority(priority);
        return requests.request(actor(requester), form, List.of());
    }

    private void step(Handoff handoff, String taskKey, Consumer<String> work) {
        work.accept(tasks.createTaskQuery().processInstanceId(handoff.getProcessInstanceId()).taskDefinitionKey(taskKey)
                .singleResult().getId());
    }

    private Actor actor(String login) {
        return directory.actor(login);
    }
}

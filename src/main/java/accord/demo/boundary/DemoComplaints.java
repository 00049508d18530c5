package accord.demo.boundary;

import accord.complaint.boundary.ComplaintIntake;
import accord.complaint.boundary.ComplaintSteps;
import accord.complaint.control.Registration;
import accord.complaint.entity.Category;
import accord.complaint.entity.Channel;
import accord.complaint.entity.Complaint;
import accord.complaint.entity.RootCause;
import accord.complaint.entity.Severity;
import accord.customer.entity.Customer;
import accord.organisation.control.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;

/**
 * Demo complaints, made the way people make them: registered by the demo agents and moved
 * through the real process steps (triage, resolve, question, call-back), so the register, the
 * inboxes and the figures show real cases.
 */
@ApplicationScoped
public class DemoComplaints {

    @PersistenceContext
    EntityManager em;

    @Inject
    ComplaintIntake intake;

    @Inject
    ComplaintSteps steps;

    @Inject
    Directory directory;

    @Inject
    TaskService tasks;

    public void create() {
        List<Customer> customers = em.createQuery("select c from Customer c order by c.code", Customer.class)
                .setMaxResults(5).getResultList();
        if (customers.size() < 5) {
            return;
        }
        Complaint pump = register("ma.lin", customers.get(0), "王经理", "021-5555-0101", Channel.PHONE, Category.PRODUCT_QUALITY,
                Severity.HIGH, "水泵满负荷运行时噪音过大", "客户反映上月交付的两台水泵在满负荷运行时噪音明显，影响车间工作。");
        triage("ma.lin", pump, Severity.HIGH, "TECH_SUPPORT");
        resolve("he.peng", pump, new ComplaintSteps.Resolution(ComplaintSteps.Outcome.RESOLVED, RootCause.PRODUCTION,
                "轴承装配间隙超差", "上门更换轴承并重新校准", "装配工序增加间隙检测", "工程师已上门更换轴承，噪音恢复正常。",
                null, null, null));
        step("ma.lin", pump, "callBack", id -> steps.callBack(actor("ma.lin"), id, new ComplaintSteps.CallBack(true, 4, "客户确认已恢复正常。")));

        Complaint delivery = register("hu.yan", customers.get(1), "李采购", "010-6666-0202", Channel.EMAIL, Category.DELIVERY,
                Severity.MEDIUM, "订单交货延迟三天", "订单约定本周一到货，实际周四才到，客户生产计划受到影响。");
        triage("hu.yan", delivery, Severity.MEDIUM, "AFTER_SALES");

        Complaint invoice = register("ma.lin", customers.get(2), "赵会计", "020-7777-0303", Channel.PHONE, Category.BILLING,
                Severity.LOW, "发票金额与合同不符", "发票金额比合同多出运费一项，客户要求重开发票。");
        triage("ma.lin", invoice, Severity.LOW, "FINANCE");

        register("hu.yan", customers.get(3), "孙主任", "0755-8888-0404", Channel.VISIT, Category.SERVICE_ATTITUDE,
                Severity.MEDIUM, "售后工程师未按约定时间上门", "客户预约周二上午上门维修，工程师未到也未提前通知。");

        Complaint alarm = register("ma.lin", customers.get(4), "周工", "0512-9999-0505", Channel.PHONE, Category.TECHNICAL,
                Severity.CRITICAL, "控制系统频繁报警停机", "设备控制系统每天报警停机三到四次，客户生产线受影响。");
        triage("ma.lin", alarm, Severity.CRITICAL, "TECH_SUPPORT");
        resolve("he.peng", alarm, new ComplaintSteps.Resolution(ComplaintSteps.Outcome.ASK_INFO, null, null, null, null,
                null, "请向客户确认报警代码和控制器固件版本。", null, null));
    }

    private Complaint register(String agent, Customer customer, String contact, String phone, Channel channel,
            Category category, Severity severity, String subject, String description) {
        Registration form = new Registration();
        form.setCustomerId(customer.id());
        form.setContactName(contact);
        form.setContactPhone(phone);
        form.setChannel(channel);
        form.setCategory(category);
        form.setSeverity(severity);
        form.setSubject(subject);
        form.setDescription(description);
        return intake.register(actor(agent), form, List.of());
    }

    private void triage(String agent, Complaint complaint, Severity severity, String department) {
        step(agent, complaint, "triage", id -> steps.triage(actor(agent), id,
                new ComplaintSteps.Triage(complaint.getCategory(), severity, department, false, null, null)));
    }

    private void resolve(String engineer, Complaint complaint, ComplaintSteps.Resolution resolution) {
        step(engineer, complaint, "resolve", id -> steps.resolve(actor(engineer), id, resolution));
    }

    /** Claims the complaint's open step (if it is offered) and does it, as the person would. */
    private void step(String login, Complaint complaint, String taskKey, java.util.function.Consumer<String> work) {
        Task task = tasks.createTaskQuery().processInstanceId(complaint.getProcessInstanceId())
                .taskDefinitionKey(taskKey).singleResult();
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), login);
        }
        work.accept(task.getId());
    }

    private accord.organisation.control.Actor actor(String login) {
        return directory.actor(login);
    }
}

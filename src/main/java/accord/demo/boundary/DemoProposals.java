package accord.demo.boundary;

import accord.organisation.control.Directory;
import accord.proposal.boundary.ProposalSteps;
import accord.proposal.boundary.Proposals;
import accord.proposal.control.ProposalInput;
import accord.proposal.control.ProposalProcess;
import accord.proposal.entity.CustomerProposal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.engine.TaskService;

/**
 * Demo customer proposals, made the way reps make them: one waits for 李明's approval, one 赵磊
 * sent back to 孙丽 to revise.
 */
@ApplicationScoped
public class DemoProposals {

    @Inject
    Proposals proposals;

    @Inject
    ProposalSteps steps;

    @Inject
    Directory directory;

    @Inject
    TaskService tasks;

    public void create() {
        proposals.propose(directory.actor("zhang.wei"), new ProposalInput("无锡华光精密模具有限公司", "制造", "无锡",
                "展会上结识的采购经理，明年计划更换三条产线的温控系统，预计年采购额 80 万元。", "钱立新", "采购经理",
                "0510-8288 6612", "qian.lixin@example.com"));
        CustomerProposal returned = proposals.propose(directory.actor("sun.li"), new ProposalInput("天津滨海智能仓储有限公司",
                "物流", "天津", "老客户介绍，新建的智能仓库需要输送线控制器。", "马刚", null, "022-6530 1188", null));
        String approval = tasks.createTaskQuery().processInstanceId(returned.getProcessInstanceId())
                .taskDefinitionKey(ProposalProcess.APPROVE_STEP).singleResult().getId();
        steps.decide(directory.actor("zhao.lei"), approval, ProposalSteps.Decision.RETURN,
                "请补充预计年采购额和决策人，再提交。");
    }
}

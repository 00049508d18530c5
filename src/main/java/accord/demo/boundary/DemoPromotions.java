package accord.demo.boundary;

import accord.organisation.control.Directory;
import accord.promotion.boundary.Nominations;
import accord.promotion.entity.Nomination;
import accord.promotion.entity.Readiness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One nomination through the real submission, waiting for HR (曹丽 or 冯青): 赵磊 nominates 黄涛
 * (Senior Sales Representative) for Key Account Manager; the sales director approves after the head.
 */
@ApplicationScoped
public class DemoPromotions {

    @Inject
    Nominations nominations;

    @Inject
    Directory directory;

    public void create() {
        nominations.submit(directory.actor("zhao.lei"), new Nominations.Draft("huang.tao", "KEY_ACCOUNT_MANAGER",
                new Nomination.Assessment(Readiness.NOW, true, "稳定的大客户关系；华北新客户开拓最多。 Strong key-account relationships.",
                        "报告不够及时。 Reports late.", "完成大客户管理培训。 Finish the key account management course.", null)));
    }
}

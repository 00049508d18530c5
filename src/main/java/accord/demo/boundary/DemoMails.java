package accord.demo.boundary;

import accord.intake.boundary.MailIntake;
import accord.intake.control.ReceivedMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A mail in the service mailbox from someone no customer's contact is, taken the way the mailbox
 * round takes one: it waits under *Mails to match* for customer service to pick the customer.
 */
@ApplicationScoped
public class DemoMails {

    @Inject
    MailIntake intake;

    public void create() {
        intake.take(new ReceivedMail("<demo-1@mail.example.com>", List.of(), "chen.gong@example.com", "陈工",
                "控制柜报警无法复位", "你好，\n\n我们上周收到的两台控制柜开机后一直报警（代码 E-17），按说明书复位无效，产线已停了半天。"
                        + "\n请尽快安排技术人员联系我：138 0000 1234。\n\n陈工\n设备部",
                List.of(), Instant.now().minus(Duration.ofHours(3))), "mailbox");
    }
}

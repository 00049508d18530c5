package accord.mail.boundary;

import accord.mail.control.Draft;
import accord.mail.control.Outbox;
import accord.mail.entity.MailKind;
import accord.notice.control.NoticeWritten;
import accord.platform.control.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Every notice of the home page is also a mail (as the person chose for notices), in the same transaction. */
@ApplicationScoped
public class NoticeMail {

    private static final int SUBJECT_LENGTH = 120;

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void mail(@Observes NoticeWritten notice) {
        outbox.tell(notice.recipient(), MailKind.NOTICE, reader -> {
            String text = Text.of(notice.messageKey(), (Object[]) notice.arguments());
            String subject = text.length() <= SUBJECT_LENGTH ? text : text.substring(0, SUBJECT_LENGTH - 1) + "…";
            return new Draft(subject, text, List.of(), Text.of("mail.notice.open"), notice.link());
        });
    }
}

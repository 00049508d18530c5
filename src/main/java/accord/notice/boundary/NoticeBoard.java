package accord.notice.boundary;

import accord.notice.control.Notices;
import accord.notice.entity.Notice;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The signed-in person's unread notices on the home page, each in their language, and marking one read. */
@Named
@ViewScoped
public class NoticeBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A notice as shown. */
    public record Line(long id, String text, String link, Instant at) implements Serializable {
    }

    @Inject
    Notices notices;

    @Inject
    CurrentPerson me;

    private List<Line> lines;

    public List<Line> getLines() {
        if (lines == null) {
            lines = notices.unread(me.getLogin()).stream().map(NoticeBoard::line).toList();
        }
        return lines;
    }

    @Transactional
    public void markRead(long id) {
        notices.markRead(me.getLogin(), id);
        lines = null;
    }

    private static Line line(Notice n) {
        return new Line(n.getId(), Text.of(n.getMessageKey(), n.getArguments().toArray()), n.getLink(), n.getCreatedAt());
    }
}

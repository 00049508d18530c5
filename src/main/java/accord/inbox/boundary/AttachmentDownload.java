package accord.inbox.boundary;

import accord.inbox.control.TaskRefused;
import accord.security.boundary.CurrentPerson;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.flowable.engine.task.Attachment;

/**
 * {@code GET /inbox/attachment?id=…}: a case attachment, always as a download (never rendered by
 * the browser in the portal's origin), for people who may see the case; 404 for everyone else.
 */
@WebServlet("/inbox/attachment")
public class AttachmentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    CaseAttachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Attachment attachment;
        try {
            attachment = attachments.visible(me.actor(), request.getParameter("id"));
        } catch (TaskRefused refused) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = URLEncoder.encode(attachment.getName(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType(attachment.getType());
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + name);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox");
        try (InputStream content = attachments.content(attachment)) {
            content.transferTo(response.getOutputStream());
        }
    }
}

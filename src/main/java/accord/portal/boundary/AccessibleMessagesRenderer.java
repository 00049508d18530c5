package accord.portal.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages with valid list markup: it gives each {@code <li>} the role "alert", which
 * takes the list item's role away, so screen readers see a list with no items (axe: "list"). The
 * container is already a polite live region, so the items are announced without the role.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages uiMessages, FacesMessage message, String severity,
            boolean escape) throws IOException {
        super.encodeMessage(new ListItemsStayListItems(writer), uiMessages, message, severity, escape);
    }

    private static final class ListItemsStayListItems extends ResponseWriterWrapper {

        ListItemsStayListItems(ResponseWriter writer) {
            super(writer);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (!"role".equals(name)) {
                super.writeAttribute(name, value, property);
            }
        }
    }
}

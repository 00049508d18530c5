package accord.portal.boundary;

import accord.platform.control.Text;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.breadcrumb.BreadCrumbRenderer;
import org.primefaces.component.menu.AbstractMenu;

/**
 * PrimeFaces' breadcrumb names its navigation region "Breadcrumb" in every language: a Chinese
 * page read aloud would announce an English word. The name comes from the person's bundle instead.
 */
public class LocalizedBreadCrumbRenderer extends BreadCrumbRenderer {

    @Override
    protected void encodeMarkup(FacesContext context, AbstractMenu menu) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new ResponseWriterWrapper(original) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                super.writeAttribute(name, "aria-label".equals(name) && "Breadcrumb".equals(value)
                        ? Text.of("nav.breadcrumb") : value, property);
            }
        });
        try {
            super.encodeMarkup(context, menu);
        } finally {
            context.setResponseWriter(original);
        }
    }
}

package accord.security.boundary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view is created in the person's language (registered in faces-config.xml), so messages
 * added before rendering — in view actions, validators — are in that language too.
 */
public class PersonLanguage extends ViewHandlerWrapper {

    public PersonLanguage(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(CurrentPerson.class).get().getLocale();
    }
}

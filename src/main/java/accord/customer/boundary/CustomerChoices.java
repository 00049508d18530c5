package accord.customer.boundary;

import accord.customer.control.CustomerDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The customer autocomplete of every form: suggestions by name or code, and the choice to its id and back. */
@Named
@ApplicationScoped
public class CustomerChoices {

    private static final int SUGGESTIONS = 12;

    @Inject
    CustomerDirectory customers;

    public List<CustomerChoice> complete(String text) {
        return customers.matching(text, SUGGESTIONS).stream().map(CustomerChoice::of).toList();
    }

    public Converter<CustomerChoice> getConverter() {
        return new Converter<>() {
            @Override
            public CustomerChoice getAsObject(FacesContext context, UIComponent component, String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return customers.byId(Long.valueOf(value)).map(CustomerChoice::of).orElse(null);
                } catch (NumberFormatException notAnId) {
                    return null;
                }
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, CustomerChoice value) {
                return value == null ? "" : String.valueOf(value.id());
            }
        };
    }
}

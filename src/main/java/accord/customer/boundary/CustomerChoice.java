package accord.customer.boundary;

import accord.customer.entity.Customer;
import java.io.Serializable;

/** A customer as forms show it when someone picks one: name, code, tier and account manager. */
public record CustomerChoice(long id, String code, String name, String tier, String accountManager) implements Serializable {

    public static CustomerChoice of(Customer customer) {
        return new CustomerChoice(customer.id(), customer.code(), customer.name(), customer.tier().name(),
                customer.accountManager() == null ? "" : customer.accountManager().displayName());
    }
}

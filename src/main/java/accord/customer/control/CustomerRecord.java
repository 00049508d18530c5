package accord.customer.control;

import static accord.platform.control.Input.stripped;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A customer as typed on the form or read from an import line (components named as the form's fields). */
public record CustomerRecord(
        @NotBlank(message = "customers.refused.name") @Size(max = 200, message = "customers.refused.name") String name,
        @Size(max = 60, message = "customers.refused.industry") String industry,
        @Size(max = 60, message = "customers.refused.region") String region,
        String accountManager,
        @Min(value = 1900, message = "customers.refused.since") @Max(value = 2100, message = "customers.refused.since")
        Integer customerSince) {

    public CustomerRecord {
        name = stripped(name);
        industry = stripped(industry);
        region = stripped(region);
        accountManager = stripped(accountManager);
    }
}

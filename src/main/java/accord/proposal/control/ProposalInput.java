package accord.proposal.control;

import static accord.platform.control.Input.stripped;

import accord.platform.control.MailAddress;
import accord.proposal.entity.CustomerProposal;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A proposal as typed on the form (components named as the form's fields): stored as typed, less the spaces around it. */
public record ProposalInput(
        @NotBlank(message = "customers.refused.name") @Size(max = 200, message = "customers.refused.name") String name,
        @Size(max = 60, message = "customers.refused.industry") String industry,
        @Size(max = 60, message = "customers.refused.region") String region,
        @NotBlank(message = "proposal.refused.reason") @Size(max = 2000, message = "proposal.refused.reason") String reason,
        @Size(max = 100, message = "contacts.refused.name") String contactName,
        @Size(max = 100, message = "contacts.refused.title") String contactTitle,
        @Size(max = 40, message = "contacts.refused.format") String contactPhone,
        @Size(max = 120, message = "contacts.refused.format") @MailAddress(message = "contacts.refused.format") String contactEmail) {

    public ProposalInput {
        name = stripped(name);
        industry = stripped(industry);
        region = stripped(region);
        reason = stripped(reason);
        contactName = stripped(contactName);
        contactTitle = stripped(contactTitle);
        contactPhone = stripped(contactPhone);
        contactEmail = stripped(contactEmail);
    }

    public static ProposalInput of(CustomerProposal.Proposed p) {
        return new ProposalInput(p.name(), p.industry(), p.region(), p.reason(), p.contactName(), p.contactTitle(),
                p.contactPhone(), p.contactEmail());
    }

    public CustomerProposal.Proposed proposed() {
        return new CustomerProposal.Proposed(name, industry, region, reason, contactName, contactTitle, contactPhone, contactEmail);
    }

    /** Someone to reach is named with a way to reach them, or nobody is named. */
    public boolean contactComplete() {
        return contactName == null ? contactTitle == null && contactPhone == null && contactEmail == null
                : contactPhone != null || contactEmail != null;
    }
}

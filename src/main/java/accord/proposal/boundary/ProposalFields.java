package accord.proposal.boundary;

import accord.proposal.control.ProposalInput;
import java.io.Serializable;

/** The proposal's fields as a form holds them while they are typed (the propose page, the revision step). */
public class ProposalFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String industry;
    private String region;
    private String reason;
    private String contactName;
    private String contactTitle;
    private String contactPhone;
    private String contactEmail;

    static ProposalFields of(ProposalInput input) {
        ProposalFields fields = new ProposalFields();
        fields.name = input.name();
        fields.industry = input.industry();
        fields.region = input.region();
        fields.reason = input.reason();
        fields.contactName = input.contactName();
        fields.contactTitle = input.contactTitle();
        fields.contactPhone = input.contactPhone();
        fields.contactEmail = input.contactEmail();
        return fields;
    }

    ProposalInput input() {
        return new ProposalInput(name, industry, region, reason, contactName, contactTitle, contactPhone, contactEmail);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactTitle() { return contactTitle; }
    public void setContactTitle(String contactTitle) { this.contactTitle = contactTitle; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
}

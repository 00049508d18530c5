package accord.api.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A complaint as another system files it: the fields of the intake page, the customer by its code. */
@Schema(description = "A complaint to file. channel, category and severity take the values listed; contact needs a phone or an email.")
public record NewComplaint(
        @Schema(enumeration = {"PHONE", "EMAIL", "WEB", "VISIT", "OTHER"}, example = "PHONE") String channel,
        @Schema(example = "C0001", description = "the customer's code in Accord") String customerCode,
        Contact contact,
        @Schema(enumeration = {"PRODUCT_QUALITY", "DELIVERY", "SERVICE_ATTITUDE", "BILLING", "TECHNICAL", "OTHER"}) String category,
        @Schema(enumeration = {"LOW", "MEDIUM", "HIGH", "CRITICAL"}) String severity,
        @Schema(maxLength = 200) String subject,
        @Schema(maxLength = 4000) String description,
        @Schema(example = "SO-2026-0042") String orderNumber) {

    /** Who at the customer complained, and how to reach them. */
    public record Contact(@Schema(maxLength = 100) String name, String phone, String email) {
    }
}

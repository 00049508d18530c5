package accord.complaint.entity;

/** How bad it is for the customer; with the tier, it sets the SLA (complaint-sla.dmn). */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}

package accord.complaint.control;

/**
 * A complaint went wrong for its customer: it missed its resolution deadline, or the customer did
 * not accept the resolution and it was reopened. Fired as a CDI event so that others (the key
 * accounts' "account at risk" watch) can act without the complaint knowing them.
 */
public record ComplaintTrouble(long customerId, long complaintId, Kind kind) {

    public enum Kind { BREACHED, REOPENED }
}

package accord.platform.control;

/**
 * The address a request came from, for the audit lines written while it is served; set by the
 * audit filter around each request (none in a timer or an engine job: the line says so).
 */
public final class ClientAddress {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ClientAddress() {
    }

    public static void set(String address) {
        CURRENT.set(address);
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** The request's client address, or null outside a request. */
    public static String current() {
        return CURRENT.get();
    }

    /**
     * Who sent the request: the connection's peer, unless that is one of the trusted proxies (the
     * balancer), whose {@code X-Forwarded-For} then names the client as the proxy saw it (its last
     * entry: the ones before it are whatever the client claimed and prove nothing).
     */
    public static String of(String peer, String forwardedFor, java.util.Set<String> trustedProxies) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() ? peer : last;
    }
}

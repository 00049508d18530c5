package accord.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> BALANCER = Set.of("127.0.0.1");

    @Test
    void aRequestStraightFromTheClientIsFromItsPeerWhateverItsHeaderClaims() {
        assertEquals("10.1.2.3", ClientAddress.of("10.1.2.3", null, BALANCER));
        assertEquals("10.1.2.3", ClientAddress.of("10.1.2.3", "192.168.9.9", BALANCER), "not from the balancer: its header proves nothing");
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", "192.168.9.9", Set.of()), "no balancer trusted");
    }

    @Test
    void throughTheBalancerItIsTheAddressTheBalancerSawNotWhatTheClientClaimed() {
        assertEquals("192.168.9.9", ClientAddress.of("127.0.0.1", "192.168.9.9", BALANCER));
        assertEquals("192.168.9.9", ClientAddress.of("127.0.0.1", "6.6.6.6, 192.168.9.9", BALANCER),
                "the first entry is the client's own claim; the last is the balancer's");
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", " , ", BALANCER), "an empty last entry: the peer");
    }
}

package org.hexmall.adapter.in.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private static final String PROXY = "10.0.0.2";
    private final ClientAddresses behindAProxy = new ClientAddresses(Set.of(PROXY, "10.0.0.3"));

    @Test
    void servedDirectly_theClientIsThePeer_whateverItWritesInTheHeader() {
        var direct = new ClientAddresses(Set.of());

        assertThat(direct.clientOf("203.0.113.9", null)).isEqualTo("203.0.113.9");
        assertThat(direct.clientOf("203.0.113.9", "192.0.2.1")).isEqualTo("203.0.113.9");
    }

    @Test
    void throughATrustedProxy_theClientIsTheNearestAddressThatIsNoTrustedProxy() {
        assertThat(behindAProxy.clientOf(PROXY, "192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(behindAProxy.clientOf(PROXY, "198.51.100.1, 192.0.2.7, 10.0.0.3")).isEqualTo("192.0.2.7");
        assertThat(behindAProxy.clientOf(PROXY, " 2001:db8::1 ")).isEqualTo("2001:db8::1");
        assertThat(new ClientAddresses(Set.of("::1")).clientOf("[::1]", "192.0.2.7")).isEqualTo("192.0.2.7");
    }

    @Test
    void aHeaderFromAnUntrustedPeer_orOneThatIsNoAddress_isNotBelieved() {
        assertThat(behindAProxy.clientOf("203.0.113.9", "192.0.2.7")).isEqualTo("203.0.113.9");
        assertThat(behindAProxy.clientOf(PROXY, "192.0.2.7, <script>")).isEqualTo(PROXY);
        assertThat(behindAProxy.clientOf(PROXY, "")).isEqualTo(PROXY);
        assertThat(behindAProxy.clientOf(PROXY, null)).isEqualTo(PROXY);
        assertThat(behindAProxy.clientOf(PROXY, "10.0.0.3")).as("only proxies").isEqualTo(PROXY);
    }
}

package dev.ccp.core.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
    private final TrustedProxies ingress = TrustedProxies.of(List.of("10.0.0.0/8", "127.0.0.1", "fd00::/8"));

    @Test
    void aPeerThatIsNoProxyIsTheClientWhateverItForwards() {
        assertThat(ingress.clientOf("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behindTheIngressTheClientIsTheAddressTheIngressAppended() {
        assertThat(ingress.clientOf("10.2.3.4", List.of("203.0.113.7"))).isEqualTo("203.0.113.7");
    }

    @Test
    void entriesTheClientWroteItselfAreNeverBelieved() {
        // the client sent "X-Forwarded-For: 198.51.100.99"; the ingress appended the address it saw
        assertThat(ingress.clientOf("10.2.3.4", List.of("198.51.100.99, 203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(ingress.clientOf("10.2.3.4", List.of("198.51.100.99", "203.0.113.7"))).isEqualTo("203.0.113.7");
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedFromTheRight() {
        assertThat(ingress.clientOf("127.0.0.1", List.of("6.6.6.6, 203.0.113.7:5123, 10.9.9.9"))).isEqualTo("203.0.113.7");
        assertThat(ingress.clientOf("10.1.1.1", List.of("[2001:db8::5]:443, fd12::1"))).isEqualTo("2001:db8::5");
    }

    @Test
    void withoutAForwardedAddressTheProxyItselfIsTheClient() {
        assertThat(ingress.clientOf("10.2.3.4", List.of())).isEqualTo("10.2.3.4");
        assertThat(ingress.clientOf("10.2.3.4", List.of("10.0.0.9"))).isEqualTo("10.0.0.9");
    }

    @Test
    void rangesMatchByTheirPrefixOnly() {
        TrustedProxies narrow = TrustedProxies.of(List.of("192.168.4.0/22"));
        assertThat(narrow.trusts("192.168.7.255")).isTrue();
        assertThat(narrow.trusts("192.168.8.0")).isFalse();
        assertThat(narrow.trusts("::1")).isFalse();
        assertThat(narrow.trusts("proxy.internal")).as("never resolved").isFalse();
    }

    @Test
    void aHostNameOrABadPrefixIsRefusedAtStartUp() {
        assertThatThrownBy(() -> TrustedProxies.of(List.of("ingress.internal")))
                .hasMessageContaining("ingress.internal");
        assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/40"))).hasMessageContaining("10.0.0.0/40");
        assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/x"))).hasMessageContaining("10.0.0.0/x");
    }
}

package dev.ccp.listing.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The guard as it runs outside the local profile (allowLocal false), and with the local profile's setting. */
class ReceiverAddressesTest {
    /** A fixed DNS: names that resolve to public, private and mixed addresses. */
    private static final Map<String, String[]> DNS = Map.of(
            "hooks.example.com", new String[] {"93.184.216.34"},
            "intranet.example.com", new String[] {"10.1.2.3"},
            "mixed.example.com", new String[] {"93.184.216.34", "192.168.1.5"},
            "metadata.example.com", new String[] {"169.254.169.254"},
            "v6.example.com", new String[] {"2606:2800:220:1:248:1893:25c8:1946"},
            "localhost", new String[] {"127.0.0.1"});

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String[] found = DNS.get(host);
        if (found == null) {
            if (host.contains(":") || host.matches("[0-9.]+")) {
                return InetAddress.getAllByName(host); // a literal: no look-up
            }
            throw new UnknownHostException(host);
        }
        InetAddress[] addresses = new InetAddress[found.length];
        for (int i = 0; i < found.length; i++) {
            addresses[i] = InetAddress.getByName(found[i]);
        }
        return addresses;
    }

    private final ReceiverAddresses production = new ReceiverAddresses(false, ReceiverAddressesTest::resolve);
    private final ReceiverAddresses local = new ReceiverAddresses(true, ReceiverAddressesTest::resolve);

    @Test
    void httpsToAPublicAddressIsAllowedAndConnectsToTheCheckedAddress() throws Exception {
        ReceiverAddresses.Target target = production.check("https://hooks.example.com/ccp?brand=1");
        assertThat(target.address()).isEqualTo(InetAddress.getByName("93.184.216.34"));
        assertThat(target.port()).isEqualTo(443);
        assertThat(target.tls()).isTrue();
        assertThat(production.check("https://v6.example.com:8443/").port()).isEqualTo(8443);
        assertThat(production.check("https://8.8.8.8/hook").address().getHostAddress()).isEqualTo("8.8.8.8");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://127.0.0.1/", "https://127.8.9.1:8443/", "https://localhost/", "https://[::1]/",
            "https://10.0.0.1/", "https://172.16.5.4/", "https://172.31.255.255/", "https://192.168.0.10/",
            "https://100.64.0.1/", "https://100.127.255.254/", "https://169.254.169.254/latest/meta-data/",
            "https://169.254.10.20/", "https://0.0.0.0/", "https://224.0.0.251/", "https://239.1.2.3/",
            "https://255.255.255.255/", "https://198.18.0.1/", "https://192.0.2.7/",
            "https://[fe80::1]/", "https://[fc00::1]/", "https://[fd00:ec2::254]/", "https://[ff02::1]/",
            "https://[::ffff:10.0.0.1]/", "https://[::ffff:127.0.0.1]/", "https://[64:ff9b::a00:1]/",
            "https://[2002:a00:1::]/", "https://[2001:db8::1]/", "https://[::]/",
            "https://intranet.example.com/", "https://metadata.example.com/", "https://mixed.example.com/"})
    void nonPublicAddressesAreRefusedOutsideTheLocalProfile(String url) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(ReceiverAddresses.Refused.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hooks.example.com/", "http://127.0.0.1:8080/", "ftp://hooks.example.com/",
            "hooks.example.com/ccp", "https:///nohost", "https://user:pw@hooks.example.com/",
            "https://hooks.example.com/#frag", "https://exa mple.com/", "https://no-such-host.invalid/"})
    void anythingButPlainHttpsWithAHostIsRefused(String url) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(ReceiverAddresses.Refused.class);
    }

    @Test
    void theLocalProfileAllowsPlainHttpToLoopbackOnly() throws Exception {
        ReceiverAddresses.Target target = local.check("http://127.0.0.1:18555/hooks");
        assertThat(target.address().isLoopbackAddress()).isTrue();
        assertThat(target.tls()).isFalse();
        assertThat(target.port()).isEqualTo(18555);
        assertThat(local.check("http://localhost:9000/").address().isLoopbackAddress()).isTrue();
        assertThatThrownBy(() -> local.check("http://hooks.example.com/")).hasMessageContaining("https");
        assertThatThrownBy(() -> local.check("https://10.0.0.1/")).isInstanceOf(ReceiverAddresses.Refused.class);
        assertThatThrownBy(() -> local.check("https://169.254.169.254/")).isInstanceOf(ReceiverAddresses.Refused.class);
        assertThat(local.check("https://hooks.example.com/").tls()).isTrue();
    }
}

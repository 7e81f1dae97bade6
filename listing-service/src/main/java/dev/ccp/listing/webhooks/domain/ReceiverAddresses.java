package dev.ccp.listing.webhooks.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Where webhooks may go: HTTPS to public addresses only, so that a webhook is never a way into our own network
 * (loopback, private, CGNAT, link-local and cloud metadata, multicast, unique-local IPv6, documentation and
 * reserved ranges are refused). Checked when an endpoint is registered and again before every attempt, on the
 * addresses the name resolves to then: the sender connects to the address checked here, never resolving again, so
 * a name that later resolves elsewhere (DNS rebinding) cannot lead it inside. With {@code allowLocal} (local
 * profile and tests only) {@code http://127.0.0.1:<port>} and other loopback receivers are allowed too.
 */
public final class ReceiverAddresses {

    /** Turns a host name into addresses: the system resolver, or a fixed table in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A receiver we will not send to, and why (for the brand: names no internal detail beyond its own URL). */
    public static final class Refused extends RuntimeException {
        public Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A checked receiver: its URL and the address to connect to. */
    public record Target(URI url, InetAddress address, int port, boolean tls) {
    }

    private final boolean allowLocal;
    private final Resolver resolver;

    public ReceiverAddresses(boolean allowLocal, Resolver resolver) {
        this.allowLocal = allowLocal;
        this.resolver = resolver;
    }

    /** Parses and checks a URL's form (scheme, host, no credentials), without resolving it. */
    public URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawAuthority() == null) {
            throw new Refused("must be an absolute https URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("must not have a fragment");
        }
        if (scheme.equals("https")) {
            return uri;
        }
        if (scheme.equals("http") && allowLocal) {
            return uri; // only to loopback: resolve() refuses anything else over plain http
        }
        throw new Refused("must use https");
    }

    /**
     * Resolves the URL's host and checks every address it has (one bad address refuses it all, since we do not
     * choose which one a later resolution returns).
     */
    public Target resolve(URI url) {
        boolean tls = url.getScheme().equalsIgnoreCase("https");
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(hostOf(url));
        } catch (UnknownHostException e) {
            throw new Refused("host " + url.getHost() + " does not resolve");
        }
        if (addresses.length == 0) {
            throw new Refused("host " + url.getHost() + " does not resolve");
        }
        for (InetAddress address : addresses) {
            boolean loopback = address.isLoopbackAddress();
            if (loopback && allowLocal) {
                continue;
            }
            if (!tls) {
                throw new Refused("must use https");
            }
            if (!isPublic(address)) {
                throw new Refused("host " + url.getHost() + " is not a public address");
            }
        }
        int port = url.getPort() != -1 ? url.getPort() : tls ? 443 : 80;
        return new Target(url, addresses[0], port, tls);
    }

    /** Parses, then resolves and checks. */
    public Target check(String url) {
        return resolve(parse(url));
    }

    private static String hostOf(URI url) {
        String host = url.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** Whether the address is on the public internet (globally routable unicast). */
    public static boolean isPublic(InetAddress address) {
        if (address instanceof Inet4Address) {
            return isPublicV4(address.getAddress());
        }
        if (address instanceof Inet6Address) {
            return isPublicV6(address.getAddress());
        }
        return false;
    }

    private static final List<int[]> NON_PUBLIC_V4 = List.of(
            cidr(0, 0, 0, 0, 8),        // "this network"
            cidr(10, 0, 0, 0, 8),       // private
            cidr(100, 64, 0, 0, 10),    // CGNAT shared space
            cidr(127, 0, 0, 0, 8),      // loopback
            cidr(169, 254, 0, 0, 16),   // link-local, cloud metadata (169.254.169.254)
            cidr(172, 16, 0, 0, 12),    // private
            cidr(192, 0, 0, 0, 24),     // IETF protocol assignments
            cidr(192, 0, 2, 0, 24),     // documentation
            cidr(192, 88, 99, 0, 24),   // 6to4 relay anycast
            cidr(192, 168, 0, 0, 16),   // private
            cidr(198, 18, 0, 0, 15),    // benchmarking
            cidr(198, 51, 100, 0, 24),  // documentation
            cidr(203, 0, 113, 0, 24),   // documentation
            cidr(224, 0, 0, 0, 4),      // multicast
            cidr(240, 0, 0, 0, 4));     // reserved and broadcast

    private static int[] cidr(int a, int b, int c, int d, int bits) {
        return new int[] {(a << 24) | (b << 16) | (c << 8) | d, bits};
    }

    private static boolean isPublicV4(byte[] b) {
        int ip = ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
        for (int[] range : NON_PUBLIC_V4) {
            int mask = range[1] == 0 ? 0 : -1 << (32 - range[1]);
            if ((ip & mask) == (range[0] & mask)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPublicV6(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return isPublicV4(tail(b)); // IPv4-mapped ::ffff:a.b.c.d
        }
        if (allZero(b, 0, 12)) {
            return false; // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
        }
        if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            return isPublicV4(tail(b)); // NAT64 64:ff9b::a.b.c.d reaches that IPv4 address
        }
        if (first == 0x20 && second == 0x02) {
            return isPublicV4(new byte[] {b[2], b[3], b[4], b[5]}); // 6to4 2002:a.b.c.d::
        }
        if (first == 0x20 && second == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return false; // documentation 2001:db8::/32
        }
        if (first == 0x01 && second == 0x00 && allZero(b, 2, 8)) {
            return false; // discard-only 100::/64
        }
        // global unicast is 2000::/3; everything else (fc00::/7 unique local incl. fd00:ec2::254 metadata,
        // fe80::/10 link-local, fec0::/10 site-local, ff00::/8 multicast) is not public
        return (first & 0xe0) == 0x20;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] tail(byte[] b) {
        return new byte[] {b[12], b[13], b[14], b[15]};
    }
}

package dev.ccp.core.partner;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who the client is behind the ingress. {@code X-Forwarded-For} is read from the right: each trusted proxy appends
 * the peer it saw, so the first entry from the right that is not a trusted proxy is the client. Entries further
 * left were written by the client itself (an ingress that appends to what it received keeps them) and are never
 * believed; from a peer that is not a trusted proxy the header is ignored altogether.
 */
public final class TrustedProxies {
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** Addresses ({@code 10.1.2.3}) or CIDR ranges ({@code 10.0.0.0/8}, {@code fd00::/8}); a host name is refused. */
    public static TrustedProxies of(List<String> entries) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : entries) {
            if (!entry.isBlank()) {
                ranges.add(Range.parse(entry.trim()));
            }
        }
        return new TrustedProxies(List.copyOf(ranges));
    }

    /** The client's address, given the connection's peer and the values of every X-Forwarded-For header. */
    public String clientOf(String peer, List<String> forwardedFor) {
        if (!trusts(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(withoutPort(hop.trim()));
                }
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            client = hops.get(i);
            if (!trusts(client)) {
                return client;
            }
        }
        return client;
    }

    boolean trusts(String address) {
        Optional<byte[]> bytes = bytesOf(address);
        return bytes.isPresent() && ranges.stream().anyMatch(range -> range.contains(bytes.get()));
    }

    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) { // [2001:db8::1]:443
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(1, end) : hop;
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop; // 203.0.113.7:5123
    }

    /** The address's bytes, only for an IP literal: a header value never causes a DNS look-up. */
    private static Optional<byte[]> bytesOf(String address) {
        if (address == null || !LITERAL.matcher(address).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private record Range(byte[] network, int prefix) {
        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            byte[] network = bytesOf(address).orElseThrow(() -> new IllegalArgumentException(
                    "trusted proxy '" + entry + "' is not an IP address or CIDR range (host names are not resolved)"));
            int prefix = slash < 0 ? network.length * 8 : prefixOf(entry, entry.substring(slash + 1));
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("trusted proxy '" + entry + "' has a prefix out of range");
            }
            return new Range(network, prefix);
        }

        private static int prefixOf(String entry, String digits) {
            try {
                return Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("trusted proxy '" + entry + "' has no valid prefix length", e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}

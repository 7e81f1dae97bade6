package dev.ccp.seller.verification.domain;

import java.util.regex.Pattern;

/** IP address literals, checked without a DNS look-up (InetAddress would resolve host names). */
public final class IpAddresses {
    private static final Pattern V4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern V6 = Pattern.compile("[0-9A-Fa-f:]{2,39}(%\\w+)?");

    private IpAddresses() {
    }

    public static boolean isLiteral(String text) {
        return V4.matcher(text).matches() || (text.contains(":") && V6.matcher(text).matches());
    }
}

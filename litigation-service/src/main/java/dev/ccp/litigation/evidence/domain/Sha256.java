package dev.ccp.litigation.evidence.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 and the lower-case hex every hash is written in (the form {@code sha256sum} prints). */
public final class Sha256 {
    private static final HexFormat HEX = HexFormat.of();
    /** The previous hash of a ledger's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private Sha256() {
    }

    // one per thread, reused: verifying a ledger takes four digests per entry, and looking one up costs as much
    private static final ThreadLocal<MessageDigest> SHA = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    });

    public static byte[] digest(byte[]... parts) {
        MessageDigest sha = SHA.get();
        sha.reset();
        for (byte[] part : parts) {
            sha.update(part);
        }
        return sha.digest();
    }

    public static String hex(String utf8) {
        return hex(digest(utf8.getBytes(StandardCharsets.UTF_8)));
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    public static byte[] bytes(String hex) {
        return HEX.parseHex(hex);
    }

    public static boolean isHash(String hex) {
        return hex != null && hex.length() == 64 && hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}

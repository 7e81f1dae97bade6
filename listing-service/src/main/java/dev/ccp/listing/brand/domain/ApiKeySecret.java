package dev.ccp.listing.brand.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API key a partner holds: {@code ccpk_<id>.<secret>}. The secret has 256 random bits, so a plain SHA-256 is
 * enough to store it (no dictionary to guess from); comparison is constant-time.
 */
public record ApiKeySecret(String keyId, String secret) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("ccpk_([a-z0-9]{16})\\.([A-Za-z0-9_-]{43})");

    public static ApiKeySecret generate() {
        byte[] id = new byte[10];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        StringBuilder keyId = new StringBuilder();
        for (byte b : id) {
            keyId.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return new ApiKeySecret(keyId.substring(0, 16), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    public static Optional<ApiKeySecret> parse(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(presented.trim());
        return m.matches() ? Optional.of(new ApiKeySecret(m.group(1), m.group(2))) : Optional.empty();
    }

    public String value() {
        return "ccpk_" + keyId + "." + secret;
    }

    public byte[] hash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean matches(byte[] storedHash) {
        return MessageDigest.isEqual(hash(), storedHash);
    }

    @Override
    public String toString() {
        return "ApiKeySecret[" + keyId + "]"; // never the secret, not even in a log line
    }
}

package dev.ccp.listing.webhooks.domain;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/** An endpoint's signing secret as brands see it: {@code whsec_} + base64 of 32 random key bytes. */
public final class WebhookSecret {
    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String text;
    private final byte[] key;

    private WebhookSecret(String text, byte[] key) {
        this.text = text;
        this.key = key;
    }

    public static WebhookSecret generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key), key);
    }

    /** @throws IllegalArgumentException when {@code text} is not {@code whsec_} + base64 */
    public static WebhookSecret of(String text) {
        if (!text.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + PREFIX);
        }
        return new WebhookSecret(text, Base64.getDecoder().decode(text.substring(PREFIX.length())));
    }

    /** The {@code whsec_...} form, shown to the brand once. */
    public String text() {
        return text;
    }

    /** The HMAC key: the bytes the base64 after the prefix stands for. */
    public byte[] key() {
        return Arrays.copyOf(key, key.length);
    }

    @Override
    public String toString() {
        return PREFIX + "…"; // never in a log line
    }
}

package dev.ccp.listing.webhooks.infrastructure;

import dev.ccp.listing.config.ListingConfig;
import dev.ccp.listing.webhooks.domain.WebhookSecret;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps endpoints' signing secrets encrypted at rest: AES-256-GCM under {@code listing.webhooks.secret-key}, a fresh
 * 96-bit nonce per secret, the endpoint's id as associated data (a secret copied onto another row does not
 * decrypt). Stored as {@code v1:} + base64(nonce || ciphertext || tag).
 */
@ApplicationScoped
@Startup // a missing or malformed key fails start-up, not the first registration
public class SecretCipher {
    private static final String FORMAT = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecureRandom random = new SecureRandom();
    private final SecretKey key;

    @Inject
    SecretCipher(ListingConfig config) {
        this(config.webhooks().secretKey().orElseThrow(() -> new IllegalStateException(
                "listing.webhooks.secret-key (LISTING_WEBHOOKS_SECRET_KEY) is required: base64 of 32 random bytes")));
    }

    /** @param base64Key base64 of 32 bytes */
    public SecretCipher(String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("listing.webhooks.secret-key must be base64 of 32 bytes");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("listing.webhooks.secret-key must be base64 of 32 bytes, not "
                    + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    public String encrypt(WebhookSecret secret, String endpointId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, endpointId, secret.text().getBytes(StandardCharsets.UTF_8));
        return FORMAT + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                .put(nonce).put(sealed).array());
    }

    public WebhookSecret decrypt(String stored, String endpointId) {
        if (!stored.startsWith(FORMAT)) {
            throw new IllegalStateException("endpoint " + endpointId + ": unknown secret format");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
        byte[] nonce = java.util.Arrays.copyOf(all, NONCE_BYTES);
        byte[] sealed = java.util.Arrays.copyOfRange(all, NONCE_BYTES, all.length);
        return WebhookSecret.of(new String(run(Cipher.DECRYPT_MODE, nonce, endpointId, sealed),
                StandardCharsets.UTF_8));
    }

    private byte[] run(int mode, byte[] nonce, String endpointId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(endpointId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("endpoint " + endpointId + ": the secret does not decrypt with "
                    + "listing.webhooks.secret-key", e);
        }
    }
}

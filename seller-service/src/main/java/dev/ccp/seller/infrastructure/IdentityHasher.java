package dev.ccp.seller.infrastructure;

import dev.ccp.seller.config.SellerConfig;
import dev.ccp.seller.domain.identity.IdentityAttribute;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes of identity attributes: equal values hash equal, so look-ups are index hits, but without the key
 * a stolen table reveals no IBAN, document or phone number, and cannot be reversed by hashing guesses.
 */
@ApplicationScoped
public class IdentityHasher {
    private final SecretKeySpec key;

    IdentityHasher(SellerConfig config) {
        this.key = new SecretKeySpec(config.identity().hmacKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public byte[] hash(IdentityAttribute attribute) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            // The kind is part of the message: the same digits as a phone and as a tax id hash differently.
            return mac.doFinal((attribute.kind().name() + "\u0000" + attribute.normalised()).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}

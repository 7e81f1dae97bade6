package dev.ccp.seller.verification.infrastructure;

import dev.ccp.seller.config.SellerConfig;
import dev.ccp.seller.verification.domain.IdentityAttribute;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes of identity attributes: equal values hash equal, so look-ups are index hits, but without the key
 * a stolen table reveals no IBAN, document or phone number, and cannot be reversed by hashing guesses.
 */
@ApplicationScoped
public class IdentityHasher {
    private final ThreadLocal<Mac> macs;

    IdentityHasher(SellerConfig config) {
        SecretKeySpec key = new SecretKeySpec(config.identity().hmacKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        // A keyed Mac per thread: creating one costs more than hashing with it.
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available", e);
            }
        });
    }

    public byte[] hash(IdentityAttribute attribute) {
        // The kind is part of the message: the same digits as a phone and as a tax id hash differently.
        return macs.get().doFinal((attribute.kind().name() + "\u0000" + attribute.normalised())
                .getBytes(StandardCharsets.UTF_8));
    }

    public List<HashedAttribute> hashAll(List<IdentityAttribute> attributes) {
        return attributes.stream().map(a -> new HashedAttribute(a.kind(), hash(a))).toList();
    }
}

package dev.ccp.litigation.evidence.domain;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

/** A brand's own Ed25519 public key (base64 X.509 SubjectPublicKeyInfo, or its PEM), that countersigns tree heads. */
public final class BrandKey {
    private final PublicKey key;
    private final String encoded;

    private BrandKey(PublicKey key) {
        this.key = key;
        this.encoded = Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** The key, or empty when the text is not an Ed25519 public key. */
    public static Optional<BrandKey> parse(String text) {
        if (text == null || text.length() > 1000) {
            return Optional.empty();
        }
        try {
            String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            PublicKey key = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
            return Optional.of(new BrandKey(key));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean verifies(byte[] message, String base64Signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(Base64.getDecoder().decode(base64Signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Base64 of the DER SubjectPublicKeyInfo: one spelling per key, whatever form it was given in. */
    public String encoded() {
        return encoded;
    }

    /** SHA-256 of the DER, like the service's own key id. */
    public String keyId() {
        return Sha256.hex(Sha256.digest(key.getEncoded()));
    }
}
